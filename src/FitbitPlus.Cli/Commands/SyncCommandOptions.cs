using FitbitPlus.Cli.Output;

namespace FitbitPlus.Cli.Commands;

/// <summary>The parsed arguments of <c>fitbitplus sync</c>.</summary>
/// <param name="Type">The collection name.</param>
/// <param name="StatePath">The state file.</param>
/// <param name="OutputPath">The file changed resources are appended to, or <see langword="null"/> for stdout.</param>
/// <param name="Format">The output format.</param>
/// <param name="Filters">Raw <c>--filter</c> arguments.</param>
/// <param name="PageSize">Resources per request.</param>
/// <param name="Since">The <c>--since</c> text (first run only).</param>
/// <param name="OverlapSeconds">The <c>--overlap</c> value, or <see langword="null"/> for the library default.</param>
/// <param name="SettleSeconds">The <c>--settle</c> value, or <see langword="null"/> for the library default.</param>
/// <param name="RequireComplete">Whether an incomplete run fails (exit 1).</param>
internal sealed record SyncCommandOptions(
    string Type,
    string StatePath,
    string? OutputPath,
    ExportFormat Format,
    IReadOnlyList<string> Filters,
    int PageSize,
    string? Since,
    int? OverlapSeconds,
    int? SettleSeconds,
    bool RequireComplete);
