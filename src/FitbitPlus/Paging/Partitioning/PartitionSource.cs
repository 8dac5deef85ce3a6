namespace FitbitPlus.Paging;

/// <summary>
/// What a partitioned export reads through: a pager for a query (typed, JSON or raw view), a count for a query and a
/// resource's id, so one implementation serves every view.
/// </summary>
internal sealed record PartitionSource<TDocument, TResource>(
    Func<CollectionQuery, PagingOptions, CollectionPager<TDocument, TResource>> Open,
    Func<CollectionQuery, CancellationToken, Task<int>> Count,
    Func<TResource, string?> IdOf)
    where TDocument : class, ICollectionDocument<TResource>;
