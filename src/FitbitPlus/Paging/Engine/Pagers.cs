using FitbitPlus.Diagnostics;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Paging;

/// <summary>Builds pagers over an HTTP client (the client's pipeline in production, a test double in tests).</summary>
internal static class Pagers
{
    public static CollectionPager<TDocument, TResource> FromQuery<TDocument, TResource>(
        Func<HttpClient> http,
        string collection,
        CollectionQuery query,
        PagingOptions? options,
        FitbitPlusMetrics? metrics = null)
        where TDocument : class, ICollectionDocument<TResource>
    {
        var relative = query.ToRelativeUri(CollectionCatalog.Find(collection)); // bad queries fail here, not mid-loop
        return new(http, relative, options, new PagingTelemetry(collection, metrics ?? FitbitPlusMetrics.Shared));
    }

    public static CollectionPager<JsonCollectionDocument, JObject> FromCatalog(
        Func<HttpClient> http,
        string collection,
        CollectionQuery? query,
        PagingOptions? options,
        FitbitPlusMetrics? metrics = null) =>
        FromQuery<JsonCollectionDocument, JObject>(http, collection, query ?? new CollectionQuery(), options, metrics);

    public static CollectionPager<RawCollectionDocument, RawResource> FromCatalogRaw(
        Func<HttpClient> http,
        string collection,
        CollectionQuery? query,
        PagingOptions? options,
        FitbitPlusMetrics? metrics = null) =>
        FromQuery<RawCollectionDocument, RawResource>(http, collection, query ?? new CollectionQuery(), options, metrics);
}
