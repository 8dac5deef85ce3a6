using FitbitPlus.Mock.Filtering;
using FitbitPlus.Mock.JsonApi;
using FitbitPlus.Mock.Paging;
using FitbitPlus.Mock.Routing;
using FitbitPlus.Mock.Store;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Handlers;

/// <summary>Serves every GET: lists (filters, sort, paging, include), single fetches and related collections.</summary>
internal sealed class ReadHandler
{
    private readonly ResourceStore _store;
    private readonly FilterEvaluator _filters;
    private readonly IncludeResolver _includes;
    private readonly ListViews _views = new();
    private readonly int _defaultPageSize;
    private readonly int _maxPageSize;

    /// <summary>Creates the handler.</summary>
    public ReadHandler(ResourceStore store, FilterEvaluator filters, int defaultPageSize, int maxPageSize)
    {
        _store = store;
        _filters = filters;
        _includes = new IncludeResolver(store);
        _defaultPageSize = defaultPageSize;
        _maxPageSize = maxPageSize;
    }

    /// <summary>GET a collection.</summary>
    public MockResponse List(RequestContext context)
    {
        var route = context.Route;
        var query = context.Request.Query;
        RejectUnknownParameters(route, query);
        var includes = IncludeResolver.Parse(route, query);
        var sort = ListOrder.Parse(route, query);
        var page = PageRequestParser.Parse(query, Math.Min(_defaultPageSize, MaxOf(route)), MaxOf(route));
        var predicate = _filters.Build(route, query);

        var listKey = context.Request.Path + "?" + QueryParameters.Format(query.Pairs.Where(p => !PageRequestParser.IsPagingParameter(p.Key)));
        var ordered = _views.Get(_store, route.ResourceType, listKey, records => sort.Apply(records.Where(predicate).ToList()));
        var cut = Pager.Cut(ordered, page, context.Request.Path, query, id => sort.PositionOf(_store, route.ResourceType, id), sort.KeyOf);
        return Collection(context, cut, includes);
    }

    /// <summary>GET one resource.</summary>
    public MockResponse Fetch(RequestContext context)
    {
        RejectUnknownParameters(context.Route, context.Request.Query);
        var includes = IncludeResolver.Parse(context.Route, context.Request.Query);
        var record = _store.Find(context.Route.ResourceType, context.Id)
            ?? throw MockApiException.NotFound(context.Route.ResourceType, context.Id);
        var document = Documents.Single(context.RequestId, record.Copy(), _includes.Resolve([record], includes));
        return MockResponse.Document(200, document);
    }

    /// <summary>GET the resources a parent's relationship points to, as a paged collection.</summary>
    public MockResponse RelatedCollection(RequestContext context)
    {
        var route = context.Route;
        var query = context.Request.Query;
        RejectUnknownParameters(route, query);
        var page = PageRequestParser.Parse(query, Math.Min(_defaultPageSize, MaxOf(route)), MaxOf(route));
        var related = RelatedOf(context).ToList();
        var cut = Pager.Cut(related, page, context.Request.Path, query, id => PositionIn(related, id), r => PositionIn(related, r.Id)!.Value);
        return Collection(context, cut, []);
    }

    /// <summary>GET the single resource a parent's to-one relationship points to.</summary>
    public MockResponse RelatedSingle(RequestContext context)
    {
        RejectUnknownParameters(context.Route, context.Request.Query);
        var related = RelatedOf(context).FirstOrDefault()
            ?? throw MockApiException.NotFound(context.Route.ResourceType, "(none)");
        return MockResponse.Document(200, Documents.Single(context.RequestId, related.Copy()));
    }

    // The spec's documented maximum wins over the server's own limit.
    private int MaxOf(RouteDefinition route) => Math.Min(_maxPageSize, route.MaxPageSize ?? int.MaxValue);

    // Related lists keep the parent's relationship order; the index is the cursor position.
    private static SortKey? PositionIn(List<StoredResource> related, string id) =>
        related.FindIndex(r => r.Id == id) is var index and >= 0 ? new SortKey(index, 0) : null;

    private IEnumerable<StoredResource> RelatedOf(RequestContext context)
    {
        var parentType = context.Route.ParentType!;
        var parent = _store.Find(parentType, context.Id) ?? throw MockApiException.NotFound(parentType, context.Id);
        return parent.Related(context.Route.Relationship!)
            .Select(r => _store.Find(r.Type, r.Id))
            .Where(r => r is not null)
            .Select(r => r!);
    }

    private MockResponse Collection(RequestContext context, Page page, IReadOnlyList<string> includes)
    {
        var document = Documents.Collection(
            context.RequestId, page.Count, page.Items.Select(i => new JRaw(i.Json)), page.Links, _includes.Resolve(page.Items, includes));
        return MockResponse.Document(200, document);
    }

    private static void RejectUnknownParameters(RouteDefinition route, QueryParameters query)
    {
        foreach (var pair in query.Pairs)
        {
            var known = pair.Key.StartsWith("filter[", StringComparison.Ordinal)
                || pair.Key.StartsWith("page[", StringComparison.Ordinal)
                || (pair.Key == "include" && route.Includes.Count > 0)
                || (pair.Key == "sort" && route.Sorts.Count > 0);
            if (!known || (route.Kind != RouteKind.List && pair.Key.StartsWith("filter[", StringComparison.Ordinal)))
            {
                throw MockApiException.BadParameter(pair.Key, $"{pair.Key} is not a parameter of {route.OperationId}.");
            }

            if (route.Kind is RouteKind.Fetch or RouteKind.RelatedSingle && pair.Key.StartsWith("page[", StringComparison.Ordinal))
            {
                throw MockApiException.BadParameter(pair.Key, $"{route.OperationId} does not page.");
            }
        }
    }
}
