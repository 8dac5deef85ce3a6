namespace FitbitPlus.Cli.Get;

/// <summary>A <c>GET {path}/{id}</c> of one resource.</summary>
/// <param name="Name">The JSON:API type name the command line uses.</param>
/// <param name="Path">The path of the resource relative to the API root (<c>result</c> for patient health results).</param>
/// <param name="TakesInclude">Whether the operation has an <c>include</c> parameter; <see langword="null"/> when not known (the API decides).</param>
internal sealed record SingleResourceOperation(string Name, string Path, bool? TakesInclude);
