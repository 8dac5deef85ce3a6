using FitbitPlus.Cli.Output;
using FitbitPlus.Cli.Query;
using FitbitPlus.Cli.Target;
using FitbitPlus.Paging;

namespace FitbitPlus.Cli.Commands;

/// <summary>Streams a collection into the chosen format: each page's resources are written as soon as the page arrives.</summary>
internal static class ExportRunner
{
    /// <summary>Runs the export and reports its completeness on stderr.</summary>
    public static async Task<int> RunAsync(ExportOptions options, TargetSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        // Everything the command line can get wrong is checked before the mock starts or a request is sent.
        var definition = CollectionResolver.Resolve(options.Type);
        var operation = CollectionOperation.For(definition);
        var filters = FilterArguments.Parse(options.Filters);
        var includes = IncludeTree.Parse(options.Include);
        QueryFactory.Validate(definition, operation, options.Include, options.ParentId);
        if (options.Columns is not null && options.Format != ExportFormat.Csv)
        {
            throw new UsageException("--columns applies only to --format csv.");
        }

        using var target = ApiTarget.Connect(settings, context);
        var query = await QueryFactory.CreateAsync(target.Client, operation, filters, includes?.ToQueryValue(), options.ParentId, cancellationToken).ConfigureAwait(false);
        var paging = new PagingOptions
        {
            Limit = options.PageSize,
            ReadAheadPages = 1, // the next page downloads while this one is written
            DetectDuplicates = options.DetectDuplicates,
        };

        // JSON Lines without --include is a copy of the server's bytes; every other output needs the resources as objects.
        var copyRaw = options.Format == ExportFormat.JsonLines && includes is null;
        var statistics = new ExportStatistics();
        PagingReport? report;
        string? writerWarning = null;
        await using (var output = OutputTarget.Open(options.OutputPath, context.Stdout))
        {
            var writer = copyRaw ? null : CreateWriter(options.Format, output.Writer, includes, definition.ResourceTypeName, options.Columns);
            var progress = new ProgressReporter(context, definition.Name);
            try
            {
                var partitioned = options.Parallel > 1 ? new PartitionedExportOptions { Partitions = options.Parallel, PagingOptions = paging } : null;
                report = writer is null
                    ? await CopyPagesAsync(
                        partitioned is null ? new(target.Client.EnumerateRawAsync(definition.Name, query, paging)) : new(target.Client.EnumeratePartitionedRawAsync(definition.Name, query, partitioned)),
                        new RawJsonLinesWriter(output),
                        statistics,
                        progress,
                        context,
                        cancellationToken).ConfigureAwait(false)
                    : await WritePagesAsync(
                        partitioned is null ? new(target.Client.EnumerateJsonAsync(definition.Name, query, paging)) : new(target.Client.EnumeratePartitionedJsonAsync(definition.Name, query, partitioned)),
                        writer,
                        includes,
                        statistics,
                        progress,
                        context,
                        cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                progress.Clear();
                var destination = output.Path is null ? string.Empty : $" to {output.Path}";
                context.WriteNotice($"cancelled; {statistics.Written} {definition.Name} written{destination}");
                return ExitCodes.Cancelled;
            }

            progress.Clear();
            if (writer is not null)
            {
                writer.BeginPage([], []); // CSV: a header even for an empty collection
                writerWarning = writer.CompletionWarning;
            }
        }

        return Report(report, statistics, writerWarning, definition.Name, options.RequireComplete, context);
    }

    private static Task<PagingReport?> CopyPagesAsync(
        ExportSource<RawCollectionDocument, RawResource> pager,
        RawJsonLinesWriter writer,
        ExportStatistics statistics,
        ProgressReporter progress,
        CliContext context,
        CancellationToken cancellationToken) =>
        ForEachPageAsync(pager, statistics, progress, context, cancellationToken, page =>
        {
            foreach (var resource in page.Resources)
            {
                writer.Write(resource);
                statistics.Written++;
            }
        });

    private static Task<PagingReport?> WritePagesAsync(
        ExportSource<JsonCollectionDocument, Newtonsoft.Json.Linq.JObject> pager,
        IResourceWriter writer,
        IncludeTree? includes,
        ExportStatistics statistics,
        ProgressReporter progress,
        CliContext context,
        CancellationToken cancellationToken) =>
        ForEachPageAsync(pager, statistics, progress, context, cancellationToken, page =>
        {
            var inliner = includes is null ? null : new RelatedResourceInliner(page.Included, statistics);
            var related = page.Resources.Select(r => includes is null ? null : inliner!.Resolve(r, includes)).ToList();
            writer.BeginPage(page.Resources, related);
            for (var i = 0; i < page.Resources.Count; i++)
            {
                writer.Write(page.Resources[i], related[i]);
                statistics.Written++;
            }
        });

    // Pages are written as they arrive; progress is redrawn after each against the collection's count.
    private static async Task<PagingReport?> ForEachPageAsync<TDocument, TResource>(
        ExportSource<TDocument, TResource> source,
        ExportStatistics statistics,
        ProgressReporter progress,
        CliContext context,
        CancellationToken cancellationToken,
        Action<CollectionPage<TDocument, TResource>> writePage)
        where TDocument : class, ICollectionDocument<TResource>
    {
        int? expected = null;
        var noticed = false;
        await foreach (var page in source.PagesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!noticed && source.FallbackReason is { } reason)
            {
                progress.Clear();
                context.WriteNotice($"exporting sequentially: {reason}");
            }

            noticed = true;
            expected ??= source.Expected(page);
            writePage(page);
            progress.Report(statistics.Written, expected, source.ProgressDetail);
        }

        if (!noticed && source.FallbackReason is { } late)
        {
            context.WriteNotice($"exporting sequentially: {late}");
        }

        return source.Report;
    }

    /// <summary>The writer of <paramref name="format"/>; <c>get</c> uses it too, so both commands print the same shape.</summary>
    internal static IResourceWriter CreateWriter(ExportFormat format, TextWriter output, IncludeTree? includes, string type, IReadOnlyList<string>? columns) => format switch
    {
        ExportFormat.Csv => new CsvResourceWriter(output, type, includes?.Children.Keys.ToList() ?? [], columns),
        _ => new JsonLinesResourceWriter(output),
    };

    private static int Report(PagingReport? report, ExportStatistics statistics, string? writerWarning, string name, bool requireComplete, CliContext context)
    {
        context.WriteStatus(report?.ExpectedCount is { } expected
            ? $"exported {statistics.Written} of {expected} {name}"
            : $"exported {statistics.Written} {name} (the API sent no meta.count to check against)");
        if (statistics.Unresolved > 0)
        {
            context.WriteWarning($"{statistics.Unresolved} related resources named by relationships were not in included and are missing from the output (e.g. {string.Join(", ", statistics.UnresolvedSamples)})");
        }

        if (writerWarning is not null)
        {
            context.WriteWarning(writerWarning);
        }

        if (report is null || report.IsComplete)
        {
            return ExitCodes.Success;
        }

        // A runaway server (endless cursors, nothing new) is a failure even without --require-complete.
        if (requireComplete || report.StoppedEarly)
        {
            context.WriteError($"export {report}");
            return ExitCodes.Failure;
        }

        context.WriteWarning($"export {report}");
        return ExitCodes.Success;
    }
}
