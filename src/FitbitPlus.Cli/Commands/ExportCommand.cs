using System.CommandLine;
using FitbitPlus.Cli.Output;
using FitbitPlus.Cli.Query;
using FitbitPlus.Paging;

namespace FitbitPlus.Cli.Commands;

/// <summary><c>fitbitplus export &lt;type&gt;</c>: defines the command line; <see cref="ExportRunner"/> does the work.</summary>
internal static class ExportCommand
{
    private const string Description =
        "Export every resource of a collection, streamed page by page (cursor paging), as JSON Lines or CSV to a file or stdout. "
        + "Progress goes to stderr when it is a terminal; a completeness line (\"exported 500 of 500 patient\") always ends the export.";

    private const string IncludeDescription =
        "Related resources to inline, comma-separated relationship paths (owner, questions.answer). jsonl: each line gets a member "
        + "\"included\" mapping relationship name to the resolved resource, e.g. {\"type\":\"calendar_event\",...,\"included\":{\"owner\":{\"type\":\"patient\",\"id\":\"p1\",...}}}; "
        + "a to-many relationship gives an array, \"data\": null gives null, a nested path is inlined inside the related resource's own \"included\". "
        + "csv: flattened into columns named after the relationship (owner.id, owner.first_name, coaches[0].last_name).";

    private const string FormatDescription =
        "jsonl: one resource object per line, compact, as the API sent it. csv: RFC 4180 with a header row, one column per leaf value: "
        + "id, type, the attributes in the spec's order (addresses[0].city; attributes.id/attributes.type for attributes so named), then "
        + "each --include relationship (owner.first_name); arrays of more than 5 items are one compact JSON cell. The header is fixed "
        + "before the first row: every attribute the spec declares outside arrays plus every value seen on the first page; values first "
        + "seen later go, as a JSON object, to the last column extra_json, so nothing is dropped. Cells starting with = + - @ tab or CR "
        + "are prefixed with ' (CSV-injection guard). Default: csv for an --out file ending in .csv, else jsonl.";

    private const string ColumnsDescription =
        "csv only: the columns to write, in this order, comma-separated (id,first_name,addresses[0].city,owner.last_name). A name of an "
        + "object or array (addresses) gives its compact JSON; extra_json gives every value not in the other columns. Unknown names stay empty.";

    private const string ParallelDescription =
        "Read the collection with n cursors at once over filter[updated_at] windows of about equal size (found by count-only requests), "
        + "then a catch-up pass over what changed meanwhile; every resource is written once, in no particular order. Collections without "
        + "filter[updated_at] (and windows whose counts do not add up to meta.count) are exported sequentially, with a notice. A 429 lowers "
        + "the requests in flight. Default 1 (one cursor, the order the server pages in).";

    /// <summary>Creates the command.</summary>
    public static Command Create(CommonOptions common, CliContext context)
    {
        var type = new Argument<string>("type") { Description = $"Collection type: {CollectionResolver.KnownNames}." };
        var include = CommonOptions.Include(IncludeDescription);
        var pageSize = new Option<int?>("--page-size") { Description = $"Resources per request (default {ExportOptions.DefaultPageSize}).", HelpName = "n" };
        var format = new Option<string?>("--format") { Description = FormatDescription, HelpName = "jsonl|csv" };
        var columns = new Option<string?>("--columns") { Description = ColumnsDescription, HelpName = "a,b" };
        var output = new Option<string?>("--out", "-o") { Description = "Output file, relative to the current directory (default: stdout).", HelpName = "file" };
        var skipDuplicates = new Option<bool>("--skip-duplicate-check") { Description = "Do not track ids to detect resources served twice (saves ~24 bytes per resource on huge exports)." };
        var requireComplete = new Option<bool>("--require-complete") { Description = "Exit with 1 when the export is incomplete (count mismatch, duplicates, paging loop) instead of only warning." };
        var parallel = new Option<int?>("--parallel") { Description = ParallelDescription, HelpName = "n" };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1 or > PartitionedExportOptions.MaxPartitions)
            {
                result.AddError($"--parallel must be between 1 and {PartitionedExportOptions.MaxPartitions}.");
            }
        });
        format.AcceptOnlyFromAmong("jsonl", "csv");
        pageSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--page-size must be at least 1.");
            }
        });

        var command = new Command("export", Description) { type, include, common.Filter, pageSize, format, columns, output, common.Parent, skipDuplicates, requireComplete, parallel };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            context,
            token =>
            {
                var outputPath = parse.GetValue(output);
                var options = new ExportOptions(
                    parse.GetValue(type)!,
                    parse.GetValue(common.Filter) ?? [],
                    parse.GetValue(include),
                    parse.GetValue(common.Parent),
                    parse.GetValue(pageSize) ?? ExportOptions.DefaultPageSize,
                    ExportOptions.ChooseFormat(parse.GetValue(format), outputPath),
                    outputPath,
                    !parse.GetValue(skipDuplicates),
                    parse.GetValue(requireComplete),
                    ExportOptions.ParseColumns(parse.GetValue(columns)),
                    parse.GetValue(parallel) ?? 1);
                return ExportRunner.RunAsync(options, common.ResolveTarget(parse, context), context, token);
            },
            cancellationToken));
        return command;
    }
}
