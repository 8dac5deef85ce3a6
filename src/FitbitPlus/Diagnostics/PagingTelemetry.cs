using FitbitPlus.Paging;

namespace FitbitPlus.Diagnostics;

/// <summary>What a pager reports: pages and resources read, and enumerations that ended incomplete, by collection name.</summary>
internal sealed class PagingTelemetry
{
    private readonly string _collection;
    private readonly FitbitPlusMetrics _metrics;

    public PagingTelemetry(string collection, FitbitPlusMetrics metrics)
    {
        _collection = collection;
        _metrics = metrics;
    }

    public void PageRead(int resources) => _metrics.PageRead(_collection, resources);

    public void Finished(PagingReport report)
    {
        if (!report.IsComplete)
        {
            _metrics.Incomplete(_collection, StopReason(report));
        }
    }

    /// <summary>Why the enumeration is incomplete, as a low-cardinality name.</summary>
    internal static string StopReason(PagingReport report) => report switch
    {
        { StopReason: PagingStopReason.NoProgress } => "no_progress",
        { StopReason: PagingStopReason.CountExceeded } => "count_exceeded",
        { StopReason: PagingStopReason.MaxPagesReached } => "max_pages_reached",
        { LoopDetected: true } => "loop",
        { Duplicates: > 0 } => "duplicates",
        _ => "count_mismatch",
    };
}
