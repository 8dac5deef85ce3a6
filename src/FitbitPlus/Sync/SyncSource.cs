using FitbitPlus.Paging;

namespace FitbitPlus.Sync;

/// <summary>
/// What a sync run reads through: a pager for a query (typed or JSON) and how to tell a resource's id and
/// <c>updated_at</c>, so one run implementation serves both views.
/// </summary>
/// <typeparam name="TResource">The resource view the run yields.</typeparam>
internal sealed class SyncSource<TResource>(
    Func<CollectionQuery, PagingOptions, SyncPager<TResource>> open,
    Func<TResource, (string? Id, DateTimeOffset? UpdatedAt)> keyOf)
{
    /// <summary>Creates the pager of one window.</summary>
    public SyncPager<TResource> Open(CollectionQuery query, PagingOptions options) => open(query, options);

    /// <summary>The resource's id and <c>updated_at</c>, each <see langword="null"/> when absent or unreadable.</summary>
    public (string? Id, DateTimeOffset? UpdatedAt) KeyOf(TResource resource) => keyOf(resource);
}
