using System.CommandLine;
using FitbitPlus.Sync;

namespace FitbitPlus.Cli.Commands;

/// <summary><c>fitbitplus sync &lt;type&gt;</c>: defines the command line; <see cref="SyncRunner"/> does the work.</summary>
internal static class SyncCommand
{
    private const string Description =
        "Append the resources changed since the previous run (filter[updated_at]) to a file, then save the new watermark in the "
        + "state file: atomically, and only after the output is flushed to disk and the run was complete. A failed or killed run "
        + "keeps the previous state, so the next run repeats its window (at least once, never lost). Without a state file: "
        + "everything (or --since). Types: patient, calendar_event, result.";

    /// <summary>Creates the command.</summary>
    public static Command Create(CommonOptions common, CliContext context)
    {
        var type = new Argument<string>("type") { Description = "Collection type that declares filter[updated_at]: patient, calendar_event or result." };
        var state = new Option<string>("--state") { Description = "State file (JSON, created on the first run, replaced atomically after each complete run).", HelpName = "file", Required = true };
        var output = new Option<string?>("--out", "-o") { Description = "File the changed resources are appended to (created when missing; default: stdout).", HelpName = "file" };
        var format = new Option<string?>("--format") { Description = "jsonl or csv, the same columns as export; appending to a CSV file keeps its header. Default: csv for an --out file ending in .csv, else jsonl.", HelpName = "jsonl|csv" };
        var since = new Option<string?>("--since") { Description = "First run only (no state file): changes from this ISO 8601 date-time on instead of everything.", HelpName = "date-time" };
        var overlap = new Option<int?>("--overlap") { Description = $"Seconds re-read before the previous watermark, for late commits and clock differences (default {SyncOptions.DefaultOverlap.TotalSeconds}).", HelpName = "seconds" };
        var settle = new Option<int?>("--settle") { Description = $"Seconds before now the run stops reading, leaving writes in flight to the next run (default {SyncOptions.DefaultSettle.TotalSeconds}).", HelpName = "seconds" };
        var pageSize = new Option<int?>("--page-size") { Description = $"Resources per request (default {ExportOptions.DefaultPageSize}).", HelpName = "n" };
        var requireComplete = new Option<bool>("--require-complete") { Description = "Exit with 1 when the run is incomplete (count mismatch, duplicates, paging loop) instead of only warning; the state is never saved then." };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        foreach (var seconds in new[] { overlap, settle })
        {
            seconds.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int?>() is < 0)
                {
                    result.AddError($"{result.Option.Name} must be 0 or more seconds.");
                }
            });
        }

        pageSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--page-size must be at least 1.");
            }
        });

        var command = new Command("sync", Description) { type, state, output, format, common.Filter, since, overlap, settle, pageSize, requireComplete };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            context,
            token =>
            {
                var outputPath = parse.GetValue(output);
                var options = new SyncCommandOptions(
                    parse.GetValue(type)!,
                    parse.GetValue(state)!,
                    outputPath,
                    ExportOptions.ChooseFormat(parse.GetValue(format), outputPath),
                    parse.GetValue(common.Filter) ?? [],
                    parse.GetValue(pageSize) ?? ExportOptions.DefaultPageSize,
                    parse.GetValue(since),
                    parse.GetValue(overlap),
                    parse.GetValue(settle),
                    parse.GetValue(requireComplete));
                return SyncRunner.RunAsync(options, common.ResolveTarget(parse, context), context, token);
            },
            cancellationToken));
        return command;
    }
}
