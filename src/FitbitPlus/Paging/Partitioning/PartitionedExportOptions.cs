namespace FitbitPlus.Paging;

/// <summary>
/// Settings of a partitioned export (<see cref="FitbitPlusClient.EnumeratePartitionedJsonAsync"/>): the collection is
/// split by <c>filter[updated_at]</c> into windows of about equal size, read side by side. Every member has a usable default.
/// </summary>
public sealed record PartitionedExportOptions
{
    /// <summary>Largest accepted <see cref="Partitions"/>.</summary>
    public const int MaxPartitions = 32;

    /// <summary>Default <see cref="Overlap"/>: 5 minutes, as for incremental sync (<see cref="Sync.SyncOptions.DefaultOverlap"/>).</summary>
    public static readonly TimeSpan DefaultOverlap = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Windows read at the same time, and so requests in flight at most (default 1: a sequential export, which spares the
    /// server). A 429 answer lowers the number of requests in flight for the rest of the export.
    /// </summary>
    public int Partitions { get; init; } = 1;

    /// <summary>Page size and completeness checks of each window (cursor paging; read-ahead and continuation tokens are not used).</summary>
    public PagingOptions? PagingOptions { get; init; }

    /// <summary>
    /// How far before the export's start the final catch-up pass reads <c>updated_at</c> (default <see cref="DefaultOverlap"/>),
    /// so a change stamped with a slightly earlier server time is not missed.
    /// </summary>
    public TimeSpan Overlap { get; init; } = DefaultOverlap;

    /// <summary>The clock that decides the export's start; default the client's <see cref="FitbitPlusClientOptions.TimeProvider"/>.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    internal void Validate()
    {
        if (Partitions is < 1 or > MaxPartitions)
        {
            throw new ArgumentOutOfRangeException("options", Partitions, $"PartitionedExportOptions.Partitions must be between 1 and {MaxPartitions}.");
        }

        if (Overlap < TimeSpan.Zero || Overlap > TimeSpan.FromDays(7))
        {
            throw new ArgumentOutOfRangeException("options", Overlap, "PartitionedExportOptions.Overlap must be between 0 and 7 days.");
        }

        if (PagingOptions is { } paging && (paging.ContinuationToken is not null || paging.Size is not null || paging.Number is not null))
        {
            throw new ArgumentException("PartitionedExportOptions.PagingOptions must use cursor paging without a continuation token.", "options");
        }

        PagingOptions?.ToFirstRequest();
    }
}
