using FitbitPlus.Paging;

namespace FitbitPlus.Sync;

/// <summary>The resources of one sync window and, once read to the end, their completeness report.</summary>
/// <typeparam name="TResource">The resource view.</typeparam>
internal sealed record SyncPager<TResource>(IAsyncEnumerable<TResource> Resources, Func<PagingReport?> LastReport)
{
    /// <summary>Wraps a collection pager.</summary>
    public static SyncPager<TResource> Of<TDocument>(CollectionPager<TDocument, TResource> pager)
        where TDocument : class, ICollectionDocument<TResource> =>
        new(pager, () => pager.LastReport);
}
