using FitbitPlus.Paging;

namespace FitbitPlus.Sync;

/// <summary>Settings of an incremental sync run (<c>client.Patients.SyncAsync</c>, <see cref="FitbitPlusClient.SyncJsonAsync"/>); every member has a usable default.</summary>
public sealed record SyncOptions
{
    /// <summary>
    /// Default <see cref="Overlap"/>: 5 minutes. Each run re-reads the 5 minutes before the previous watermark, so a
    /// change stamped with a slightly earlier server time (clock differences between servers, a commit that became
    /// visible late) is still found. The re-read resources are skipped, not yielded again.
    /// </summary>
    public static readonly TimeSpan DefaultOverlap = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Default <see cref="Settle"/>: 30 seconds. A run reads changes up to 30 seconds ago only, so writes still in flight
    /// at the newest edge (and a local clock slightly ahead of the server's) are left to the next run.
    /// </summary>
    public static readonly TimeSpan DefaultSettle = TimeSpan.FromSeconds(30);

    /// <summary>How far before the previous watermark a run starts reading (default <see cref="DefaultOverlap"/>).</summary>
    public TimeSpan Overlap { get; init; } = DefaultOverlap;

    /// <summary>How far before "now" a run stops reading (default <see cref="DefaultSettle"/>).</summary>
    public TimeSpan Settle { get; init; } = DefaultSettle;

    /// <summary>First run only (no state): read changes from this instant on instead of everything.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>
    /// Further filters (for example <c>filter[groups]</c>); the run adds <c>filter[updated_at]</c> itself. Without an
    /// organization, groups or patient filter, <c>filter[organization]</c> is set to the credentials' organization
    /// where the collection takes it.
    /// </summary>
    public CollectionQuery? Query { get; init; }

    /// <summary>Paging of the run (cursor paging, <see cref="FitbitPlus.Paging.PagingOptions.DefaultLimit"/> per page by default: the most every collection of the API serves); a continuation token is not allowed.</summary>
    public PagingOptions? PagingOptions { get; init; }

    /// <summary>The clock that decides "now"; default the client's <see cref="FitbitPlusClientOptions.TimeProvider"/>.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    internal void Validate()
    {
        if (Overlap < TimeSpan.Zero || Overlap > TimeSpan.FromDays(7))
        {
            throw new ArgumentOutOfRangeException("options", Overlap, "SyncOptions.Overlap must be between 0 and 7 days.");
        }

        if (Settle < TimeSpan.Zero || Settle > TimeSpan.FromDays(7))
        {
            throw new ArgumentOutOfRangeException("options", Settle, "SyncOptions.Settle must be between 0 and 7 days.");
        }

        if (PagingOptions?.ContinuationToken is not null)
        {
            throw new ArgumentException("SyncOptions.PagingOptions.ContinuationToken is not allowed: a sync run always reads its whole window.", "options");
        }

        if (Query is not null && Query.Filters.Keys.Any(k => k is "updated_at" or CollectionQueryRangeExtensions.UpdatedAtFilter))
        {
            throw new ArgumentException("SyncOptions.Query must not set filter[updated_at]: the sync run sets it to its window.", "options");
        }
    }
}
