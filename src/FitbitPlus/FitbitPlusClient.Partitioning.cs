using FitbitPlus.Paging;
using FitbitPlus.Sync;
using Newtonsoft.Json.Linq;

namespace FitbitPlus;

/// <summary>Partitioned export: one collection read by several cursors at once, split by <c>filter[updated_at]</c>.</summary>
public partial class FitbitPlusClient
{
    /// <summary>
    /// Every resource of a collection chosen by name, read by <see cref="PartitionedExportOptions.Partitions"/> cursors at
    /// once over <c>filter[updated_at]</c> windows of about equal size (found by count-only requests), then a catch-up pass
    /// over what changed since the export started: each resource is yielded once, in no particular order across windows.
    /// With one partition (the default), for a collection without <c>filter[updated_at]</c>, or when the windows' counts
    /// do not add up to <c>meta.count</c>, it reads sequentially like <see cref="EnumerateJsonAsync"/>
    /// (<see cref="PartitionedPager{TDocument, TResource}.FallbackReason"/> says why).
    /// </summary>
    /// <param name="collection">The catalog name of the collection.</param>
    /// <param name="query">Filters and include; <c>filter[updated_at]</c> is set by the export (a query setting it reads sequentially).</param>
    /// <param name="options">Partitions, paging of each window, catch-up overlap and clock.</param>
    /// <exception cref="ArgumentException">The name is unknown, the query is invalid or an option is invalid.</exception>
    public virtual PartitionedPager<JsonCollectionDocument, JObject> EnumeratePartitionedJsonAsync(string collection, CollectionQuery? query = null, PartitionedExportOptions? options = null) =>
        CreatePartitionedPager(
            collection,
            query,
            options,
            (q, paging) => EnumerateJsonAsync(collection, q, paging),
            SyncTracker.IdOf);

    /// <summary>
    /// The partitioned export of <see cref="EnumeratePartitionedJsonAsync"/>, each resource as the bytes the server sent
    /// (<see cref="RawResource"/>), for copying a collection elsewhere as fast as the server allows.
    /// </summary>
    /// <param name="collection">The catalog name of the collection.</param>
    /// <param name="query">Filters and include; <c>filter[updated_at]</c> is set by the export.</param>
    /// <param name="options">Partitions, paging of each window, catch-up overlap and clock.</param>
    /// <exception cref="ArgumentException">The name is unknown, the query is invalid or an option is invalid.</exception>
    public virtual PartitionedPager<RawCollectionDocument, RawResource> EnumeratePartitionedRawAsync(string collection, CollectionQuery? query = null, PartitionedExportOptions? options = null) =>
        CreatePartitionedPager(collection, query, options, (q, paging) => EnumerateRawAsync(collection, q, paging), r => r.Id);

    /// <summary>The typed partitioned export behind the generated resource clients' <c>ListPartitionedAsync</c> methods.</summary>
    internal PartitionedPager<TDocument, TResource> CreateTypedPartitionedPager<TDocument, TResource>(string collection, CollectionQuery query, PartitionedExportOptions? options)
        where TDocument : class, ICollectionDocument<TResource> =>
        CreatePartitionedPager(collection, query, options, (q, paging) => CreatePager<TDocument, TResource>(collection, q, paging), r => ResourceIdentity<TResource>.Of(r).Id);

    /// <summary>The partitioned export of any view (the typed one takes the generated document and a typed id reader).</summary>
    internal PartitionedPager<TDocument, TResource> CreatePartitionedPager<TDocument, TResource>(
        string collection,
        CollectionQuery? query,
        PartitionedExportOptions? options,
        Func<CollectionQuery, PagingOptions, CollectionPager<TDocument, TResource>> open,
        Func<TResource, string?> idOf)
        where TDocument : class, ICollectionDocument<TResource>
    {
        var definition = CollectionCatalog.Find(collection);
        query ??= new CollectionQuery();
        query.ToRelativeUri(definition); // bad queries fail here, not mid-export
        options ??= new PartitionedExportOptions();
        options.Validate();
        var source = new PartitionSource<TDocument, TResource>(open, (q, ct) => CountAsync(collection, q, ct), idOf);
        return new PartitionedPager<TDocument, TResource>(source, definition, query, options, options.TimeProvider ?? Options.TimeProvider);
    }
}
