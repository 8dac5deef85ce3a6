namespace FitbitPlus.Mock.Handlers;

/// <summary>The settings the engine needs, resolved from <see cref="MockServerOptions"/> and the seed.</summary>
internal sealed record EngineSettings(
    string ClientId,
    string ClientSecret,
    string OrganizationId,
    int DefaultPageSize,
    int MaxPageSize,
    TimeProvider TimeProvider,
    TokenScopeShape TokenScopeShape = TokenScopeShape.Organization,
    IReadOnlyList<Routing.RouteDefinition>? Routes = null);
