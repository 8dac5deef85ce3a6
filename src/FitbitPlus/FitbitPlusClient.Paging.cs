using FitbitPlus.Paging;
using Newtonsoft.Json.Linq;

namespace FitbitPlus;

/// <summary>Paging over collections chosen by name (the typed <c>List*Async</c> methods are on the generated resource clients).</summary>
public partial class FitbitPlusClient
{
    /// <summary>
    /// Every resource of a collection chosen by name (see <see cref="CollectionCatalog"/>: <c>"patient"</c>,
    /// <c>"patient.groups"</c>, ...), as JSON objects exactly as the server sent them.
    /// </summary>
    /// <param name="collection">The catalog name of the collection.</param>
    /// <param name="query">Filters, include, sort and the parent id of nested collections.</param>
    /// <param name="options">Paging strategy, read-ahead, completeness checks and resume token; cursor paging by default.</param>
    /// <exception cref="ArgumentException">The name is unknown (the message lists the known ones) or the query is invalid.</exception>
    public virtual CollectionPager<JsonCollectionDocument, JObject> EnumerateJsonAsync(string collection, CollectionQuery? query = null, PagingOptions? options = null) =>
        Pagers.FromCatalog(() => HttpClient, collection, query, options, Metrics);

    /// <summary>
    /// Every resource of a collection chosen by name, each as the bytes the server sent (<see cref="RawResource"/>):
    /// no JSON tree per resource, for copying resources elsewhere (files, queues, a data lake) as fast as they arrive.
    /// Paging, completeness checks and resume tokens work as in <see cref="EnumerateJsonAsync"/>.
    /// </summary>
    /// <param name="collection">The catalog name of the collection.</param>
    /// <param name="query">Filters, include, sort and the parent id of nested collections.</param>
    /// <param name="options">Paging strategy, read-ahead, completeness checks and resume token; cursor paging by default.</param>
    /// <exception cref="ArgumentException">The name is unknown (the message lists the known ones) or the query is invalid.</exception>
    public virtual CollectionPager<RawCollectionDocument, RawResource> EnumerateRawAsync(string collection, CollectionQuery? query = null, PagingOptions? options = null) =>
        Pagers.FromCatalogRaw(() => HttpClient, collection, query, options, Metrics);

    /// <summary>The number of resources in a collection chosen by name (<c>page[limit]=0</c>, reads <c>meta.count</c>).</summary>
    /// <param name="collection">The catalog name of the collection.</param>
    /// <param name="query">Filters and the parent id of nested collections.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public virtual Task<int> CountAsync(string collection, CollectionQuery? query = null, CancellationToken cancellationToken = default) =>
        Pagers.FromCatalog(() => HttpClient, collection, query, null).CountAsync(cancellationToken);

    /// <summary>The pager behind the generated resource clients' <c>List*Async</c> methods.</summary>
    internal CollectionPager<TDocument, TResource> CreatePager<TDocument, TResource>(string collection, CollectionQuery query, PagingOptions? options)
        where TDocument : class, ICollectionDocument<TResource> =>
        Pagers.FromQuery<TDocument, TResource>(() => HttpClient, collection, query, options, Metrics);
}
