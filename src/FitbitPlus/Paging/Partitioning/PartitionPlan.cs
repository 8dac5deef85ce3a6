namespace FitbitPlus.Paging;

/// <summary>How a partitioned export reads: its windows, or why it reads sequentially instead.</summary>
/// <param name="Windows">The <c>updated_at</c> windows, oldest first; empty when <paramref name="Fallback"/> is set.</param>
/// <param name="WindowCounts">The resources counted in each window when it was planned.</param>
/// <param name="Total">The unfiltered <c>meta.count</c> when the export started.</param>
/// <param name="Fallback">Why the windows cannot be trusted to add up (then the export is sequential), or <see langword="null"/>.</param>
internal sealed record PartitionPlan(IReadOnlyList<DateTimeRange> Windows, IReadOnlyList<int> WindowCounts, int Total, string? Fallback);
