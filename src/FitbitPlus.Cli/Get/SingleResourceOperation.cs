using FitbitPlus.Generated;

namespace FitbitPlus.Cli.Get;

/// <summary>A <c>GET {type}/{id}</c> operation of the generated client.</summary>
/// <param name="Name">The JSON:API type name the command line uses.</param>
/// <param name="TakesInclude">Whether the operation has an <c>include</c> parameter.</param>
/// <param name="Fetch">Calls the operation: (api, id, include, cancellation) → the response document.</param>
internal sealed record SingleResourceOperation(
    string Name,
    bool TakesInclude,
    Func<IFitbitPlusApiClient, string, string?, CancellationToken, Task<object>> Fetch);
