namespace FitbitPlus.Mock.Routing;

/// <summary>A route matched against a request path, with the <c>{id}</c> it carried.</summary>
internal sealed record RouteMatch(RouteDefinition Route, string? Id);
