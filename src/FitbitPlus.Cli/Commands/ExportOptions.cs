using FitbitPlus.Cli.Output;

namespace FitbitPlus.Cli.Commands;

/// <summary>The parsed arguments of <c>fitbitplus export</c>.</summary>
/// <param name="Type">The collection name.</param>
/// <param name="Filters">Raw <c>--filter</c> arguments.</param>
/// <param name="Include">The <c>--include</c> value.</param>
/// <param name="ParentId">The <c>--parent</c> id.</param>
/// <param name="PageSize">Resources per request.</param>
/// <param name="Format">The output format.</param>
/// <param name="OutputPath">The output file, or <see langword="null"/> for stdout.</param>
/// <param name="DetectDuplicates">Whether to track ids to detect resources served twice.</param>
/// <param name="RequireComplete">Whether an incomplete export fails (exit 1).</param>
/// <param name="Columns">The CSV columns chosen with <c>--columns</c>, in order, or <see langword="null"/> for the default header.</param>
/// <param name="Parallel">Partitions read at once (<c>--parallel</c>); 1 reads with one cursor.</param>
internal sealed record ExportOptions(
    string Type,
    IReadOnlyList<string> Filters,
    string? Include,
    string? ParentId,
    int PageSize,
    ExportFormat Format,
    string? OutputPath,
    bool DetectDuplicates,
    bool RequireComplete,
    IReadOnlyList<string>? Columns = null,
    int Parallel = 1)
{
    /// <summary>Splits a <c>--columns</c> value (<c>id,first_name,addresses[0].city</c>); a usage error for an empty or repeated name.</summary>
    public static IReadOnlyList<string>? ParseColumns(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var columns = value.Split(',', StringSplitOptions.TrimEntries);
        if (columns.Any(c => c.Length == 0))
        {
            throw new UsageException($"--columns expects comma-separated column names such as id,first_name,addresses[0].city (was '{value}').");
        }

        var repeated = columns.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? columns : throw new UsageException($"--columns names '{repeated.Key}' twice.");
    }

    /// <summary>Resources per request unless <c>--page-size</c> says otherwise (the smallest maximum the API documents: 50, e.g. for patients).</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The format: <c>--format</c> when given, else csv for a <c>.csv</c> output file, else jsonl.</summary>
    public static ExportFormat ChooseFormat(string? format, string? outputPath) => format?.ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "jsonl" => ExportFormat.JsonLines,
        null when outputPath?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true => ExportFormat.Csv,
        null => ExportFormat.JsonLines,
        _ => throw new UsageException($"--format must be jsonl or csv (was '{format}')."),
    };
}
