using System.Globalization;
using FitbitPlus.Cli.Output;
using FitbitPlus.Cli.Query;
using FitbitPlus.Cli.Sync;
using FitbitPlus.Cli.Target;
using FitbitPlus.Paging;
using FitbitPlus.Sync;

namespace FitbitPlus.Cli.Commands;

/// <summary>Runs one incremental sync: append the changes, flush them to disk, then replace the state file.</summary>
internal static class SyncRunner
{
    /// <summary>Runs the sync and ends with the summary line on stderr.</summary>
    public static async Task<int> RunAsync(SyncCommandOptions options, TargetSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        // Everything the command line (or the state file) can get wrong is checked before the mock starts or a request is sent.
        var definition = CollectionResolver.Resolve(options.Type);
        var operation = CollectionOperation.For(definition);
        var filters = FilterArguments.Parse(options.Filters);
        QueryFactory.Validate(definition, operation, include: null, parentId: null);
        if (!operation.TakesUpdatedAtFilter)
        {
            throw new UsageException($"'{definition.Name}' takes no filter[updated_at], so it cannot be synced; sync works on {SyncableNames}.");
        }

        var previous = StateFile.Load(options.StatePath, definition);
        var since = ParseSince(options.Since);
        if (previous is not null && since is not null)
        {
            context.WriteWarning($"--since is ignored: the state file continues from its watermark {Utc(previous.Watermark)}");
        }

        var existingHeader = options.Format == ExportFormat.Csv && options.OutputPath is not (null or "-")
            ? CsvHeader.Read(Path.GetFullPath(options.OutputPath))
            : null;

        using var target = ApiTarget.Connect(settings, context);
        var query = await QueryFactory.CreateAsync(target.Client, operation, filters, include: null, parentId: null, cancellationToken).ConfigureAwait(false);
        var syncOptions = new FitbitPlus.Sync.SyncOptions
        {
            Query = query,
            Since = since,
            Overlap = options.OverlapSeconds is { } overlap ? TimeSpan.FromSeconds(overlap) : FitbitPlus.Sync.SyncOptions.DefaultOverlap,
            Settle = options.SettleSeconds is { } settle ? TimeSpan.FromSeconds(settle) : FitbitPlus.Sync.SyncOptions.DefaultSettle,
            PagingOptions = new PagingOptions { Limit = options.PageSize },
            TimeProvider = context.TimeProvider,
        };
        var run = SyncSafely(target.Client, definition.Name, previous, syncOptions);

        string? writerWarning;
        await using (var output = OutputTarget.Append(options.OutputPath, context.Stdout))
        {
            IResourceWriter writer = options.Format switch
            {
                ExportFormat.Csv when existingHeader is not null => CsvResourceWriter.Appending(output.Writer, definition.ResourceTypeName, [], existingHeader),
                ExportFormat.Csv => new CsvResourceWriter(output.Writer, definition.ResourceTypeName, []),
                _ => new JsonLinesResourceWriter(output.Writer),
            };
            try
            {
                // CSV takes its columns from the first page's worth of changes, as export does; later ones stream.
                List<Newtonsoft.Json.Linq.JObject>? firstPage = [];
                await foreach (var resource in run.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    if (firstPage is not null && firstPage.Count < options.PageSize)
                    {
                        firstPage.Add(resource);
                        continue;
                    }

                    WriteFirstPage(writer, ref firstPage);
                    writer.Write(resource, null);
                }

                WriteFirstPage(writer, ref firstPage);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                context.WriteNotice("cancelled; the state file was left as it was, so the next run repeats this window");
                return ExitCodes.Cancelled;
            }

            writerWarning = writer.CompletionWarning;
            await output.FlushToDiskAsync(cancellationToken).ConfigureAwait(false);
        }

        if (writerWarning is not null)
        {
            context.WriteWarning(writerWarning);
        }

        var changedSince = $"synced {run.Yielded} {definition.Name} changed since {Describe(previous, since)}";
        if (run.NewState is { } next)
        {
            StateFile.Save(options.StatePath, next);
            context.WriteStatus($"{changedSince}; state saved");
            return ExitCodes.Success;
        }

        context.WriteStatus($"{changedSince}; state not saved");
        var problem = $"sync {run.Report}; the state file was left as it was, so the next run repeats this window";
        if (options.RequireComplete)
        {
            context.WriteError(problem);
            return ExitCodes.Failure;
        }

        context.WriteWarning(problem);
        return ExitCodes.Success;
    }

    private static string SyncableNames => string.Join(", ", CollectionCatalog.All.Where(d => !d.RequiresParentId && CollectionOperation.For(d).TakesUpdatedAtFilter).Select(d => d.Name));

    // Writes the buffered first page (CSV: the header comes from it, also when it is empty) and stops buffering.
    private static void WriteFirstPage(IResourceWriter writer, ref List<Newtonsoft.Json.Linq.JObject>? firstPage)
    {
        if (firstPage is null)
        {
            return;
        }

        writer.BeginPage(firstPage, []);
        foreach (var resource in firstPage)
        {
            writer.Write(resource, null);
        }

        firstPage = null;
    }

    private static SyncRun<Newtonsoft.Json.Linq.JObject> SyncSafely(FitbitPlusClient client, string collection, SyncState? previous, FitbitPlus.Sync.SyncOptions options)
    {
        try
        {
            return client.SyncJsonAsync(collection, previous, options);
        }
        catch (SyncStateException error)
        {
            throw new UsageException(error.Message);
        }
    }

    private static DateTimeOffset? ParseSince(string? text)
    {
        if (text is null)
        {
            return null;
        }

        // A one-sided range parses exactly the ISO 8601 forms the filter accepts.
        return DateTimeRange.TryParse(text + "..", out var range) && range.Start is { } start
            ? start
            : throw new UsageException($"--since must be an ISO 8601 date-time such as 2026-12-01T10:00:00Z (was '{text}').");
    }

    private static string Describe(SyncState? previous, DateTimeOffset? since) =>
        previous is not null ? Utc(previous.Watermark) : since is { } s ? Utc(s) : "the beginning";

    private static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
