using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace FitbitPlus.Paging;

/// <summary>
/// Every resource of a collection read by several cursors at once, one per <c>filter[updated_at]</c> window
/// (<see cref="FitbitPlusClient.EnumeratePartitionedJsonAsync"/>). Each resource is yielded once, as it was when its page
/// was read; the order across windows is not kept. A final catch-up pass over what changed since the export started
/// yields what moved between windows while they were read. When the windows' counts do not add up to the collection's
/// <c>meta.count</c>, the export runs sequentially instead (<see cref="FallbackReason"/>).
/// </summary>
/// <typeparam name="TDocument">The collection document.</typeparam>
/// <typeparam name="TResource">The resource view.</typeparam>
public sealed class PartitionedPager<TDocument, TResource> : IAsyncEnumerable<TResource>
    where TDocument : class, ICollectionDocument<TResource>
{
    private readonly PartitionSource<TDocument, TResource> _source;
    private readonly CollectionQuery _query;
    private readonly PartitionedExportOptions _options;
    private readonly TimeProvider _time;
    private readonly bool _takesRange;
    private int _completed;
    private InFlightLimiter? _limiter;

    internal PartitionedPager(PartitionSource<TDocument, TResource> source, CollectionDefinition collection, CollectionQuery query, PartitionedExportOptions options, TimeProvider time)
    {
        _source = source;
        _query = query;
        _options = options;
        _time = time;
        _takesRange = !collection.RequiresParentId && collection.Takes(UpdatedAtFilter);
    }

    /// <summary>The windows read side by side, once planned (empty before, and for a sequential export).</summary>
    public IReadOnlyList<DateTimeRange> Windows { get; private set; } = [];

    /// <summary>The collection's unfiltered <c>meta.count</c> when the export started, once the windows are planned (<see langword="null"/> for a sequential export).</summary>
    public int? TotalCount { get; private set; }

    /// <summary>Windows read to the end so far (the catch-up pass not included).</summary>
    public int WindowsCompleted => Volatile.Read(ref _completed);

    /// <summary>
    /// How many requests the export may have in flight now: the partition count at the start, one less after each 429
    /// the server answered (those the client's retries absorbed included), never below one.
    /// </summary>
    public int RequestsInFlightLimit => _limiter?.Limit ?? _options.Partitions;

    /// <summary>Why the export runs sequentially although more than one partition was asked for, or <see langword="null"/>.</summary>
    public string? FallbackReason { get; private set; }

    /// <summary>The report of the whole export once it ran to the end: resources yielded against the collection's <c>meta.count</c> at the start.</summary>
    public PagingReport? LastReport { get; private set; }

    /// <summary>Enumerates every resource once.</summary>
    public async IAsyncEnumerator<TResource> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPagesAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var resource in page.Resources)
            {
                yield return resource;
            }
        }
    }

    /// <summary>
    /// Enumerates the export page by page, each page holding only resources not yielded before (pages of a partitioned
    /// export carry no continuation token: an interrupted export starts again).
    /// </summary>
    public async IAsyncEnumerable<CollectionPage<TDocument, TResource>> AsPagesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var paging = _options.PagingOptions ?? new PagingOptions();
        if (_options.Partitions > 1 && !_takesRange)
        {
            FallbackReason = "the collection takes no filter[updated_at]";
        }

        using var limiter = new InFlightLimiter(_options.Partitions);
        _limiter = limiter;
        var plan = FallbackReason is null && _options.Partitions > 1
            ? await PlanAsync(limiter, paging, cancellationToken).ConfigureAwait(false)
            : null;
        if (plan is null || plan.Fallback is not null)
        {
            FallbackReason ??= plan?.Fallback;
            var sequential = _source.Open(_query, paging);
            await foreach (var page in sequential.AsPagesAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return page;
            }

            LastReport = sequential.LastReport;
            yield break;
        }

        Windows = plan.Windows;
        TotalCount = plan.Total;
        var exportStart = plan.Windows[^1].End!.Value;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var merged = new ReportMerger(plan.Total);
        var reader = new WindowReader<TDocument, TResource>(_source, limiter, _time);

        // Windows report to the merged report only: their own counts shift while resources move between them.
        var windowPaging = paging with { Completeness = CompletenessMode.Report };
        await foreach (var page in ReadAsync(reader, plan.Windows, windowPaging, merged, true, cancellationToken).ConfigureAwait(false))
        {
            if (Fresh(page, seen, merged) is { } fresh)
            {
                yield return fresh;
            }
        }

        // Catch-up: whatever was updated since the export started moved out of the windows; yield what was not yielded yet.
        DateTimeRange[] catchUp = [new DateTimeRange(exportStart - _options.Overlap, null)];
        await foreach (var page in ReadAsync(reader, catchUp, windowPaging, merged, false, cancellationToken).ConfigureAwait(false))
        {
            if (Fresh(page, seen, merged) is { } fresh)
            {
                yield return fresh;
            }
        }

        LastReport = merged.ToReport();
        if (paging.Completeness == CompletenessMode.Throw && !LastReport.IsComplete)
        {
            throw new PagingIncompleteException(LastReport);
        }
    }

    // Reads the ranges side by side (one cursor each, requests limited by the limiter) and yields their pages as they come.
    private async IAsyncEnumerable<CollectionPage<TDocument, TResource>> ReadAsync(
        WindowReader<TDocument, TResource> reader,
        IReadOnlyList<DateTimeRange> ranges,
        PagingOptions paging,
        ReportMerger merged,
        bool countCompleted,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<CollectionPage<TDocument, TResource>>(new BoundedChannelOptions(ranges.Count * 2) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Exception? failure = null;
        var readers = Task.WhenAll(ranges.Select(async range =>
        {
            try
            {
                merged.Add(await reader.ReadAsync(Within(range), paging, channel.Writer, stop.Token).ConfigureAwait(false));
                if (countCompleted)
                {
                    Interlocked.Increment(ref _completed);
                }
            }
            catch (Exception ex)
            {
                // The first failure is the one to report; the other windows are stopped and end cancelled.
                Interlocked.CompareExchange(ref failure, ex, null);
                stop.Cancel();
            }
        }));
        var finished = readers.ContinueWith(_ => channel.Writer.TryComplete(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            await foreach (var page in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return page;
            }

            await finished.ConfigureAwait(false);
            if (Volatile.Read(ref failure) is { } error)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ExceptionDispatchInfo.Throw(error); // a failed window fails the export with its own exception
            }
        }
        finally
        {
            stop.Cancel();
            await finished.ConfigureAwait(false); // never leave readers running behind an abandoned enumeration
        }
    }

    private const string UpdatedAtFilter = "filter[updated_at]";

    private Task<PartitionPlan> PlanAsync(InFlightLimiter limiter, PagingOptions paging, CancellationToken cancellationToken)
    {
        var known = _query.Filters.Keys.Any(k => k is "updated_at" or UpdatedAtFilter);
        var planner = new PartitionPlanner((range, ct) => _source.Count(Within(range), ct), limiter, _time);
        var now = _time.GetUtcNow();
        var exportStart = now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerSecond)).ToUniversalTime();
        return known
            ? Task.FromResult(new PartitionPlan([], [], 0, "the query filters on updated_at itself"))
            : planner.PlanAsync(_options.Partitions, paging.Limit ?? PagingOptions.DefaultLimit, exportStart, cancellationToken);
    }

    // The query with filter[updated_at] set to the range (or as given, for null).
    private CollectionQuery Within(DateTimeRange? range)
    {
        var query = new CollectionQuery { ParentId = _query.ParentId, Include = _query.Include, Sort = _query.Sort };
        foreach (var (name, value) in _query.Filters)
        {
            query.Filters[name] = value;
        }

        if (range is not null)
        {
            query.Filters[UpdatedAtFilter] = range.Format();
        }

        return query;
    }

    // The page with only the resources not yielded before, or null when none is left.
    private CollectionPage<TDocument, TResource>? Fresh(CollectionPage<TDocument, TResource> page, HashSet<string> seen, ReportMerger merged)
    {
        var fresh = page.Resources.Where(r => _source.IdOf(r) is not { } id || seen.Add(id)).ToList();
        merged.Yielded += fresh.Count;
        merged.Pages++;
        return fresh.Count == 0
            ? null
            : new CollectionPage<TDocument, TResource>(
                new FetchedPage<TDocument>(page.Document, page.Links, page.RequestUri), fresh, 0, merged.Pages - 1, merged.Yielded - fresh.Count, merged.Expected, false, new Lazy<ContinuationToken?>(() => null));
    }
}
