using FitbitPlus.Mock.JsonApi;
using FitbitPlus.Mock.Store;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Paging;

/// <summary>
/// Cuts a page out of an ordered collection. Cursor = id of the last resource of a page; the next page starts
/// after that resource's position in the stable order, so resources inserted meanwhile never cause duplicates.
/// </summary>
internal static class Pager
{
    /// <summary>Pages <paramref name="ordered"/>; <paramref name="positionOf"/> gives the sort key of a cursor id.</summary>
    public static Page Cut(
        IReadOnlyList<StoredResource> ordered,
        PageRequest request,
        string path,
        QueryParameters query,
        Func<string, SortKey?> positionOf,
        Func<StoredResource, SortKey> keyOf)
    {
        var kept = query.Pairs.Where(p => !PageRequestParser.IsPagingParameter(p.Key)).ToList();
        var links = new JObject { ["self"] = Link(path, query.Pairs) };
        return request.IsCursor
            ? CutCursor(ordered, request, path, kept, links, positionOf, keyOf)
            : CutSkip(ordered, request, path, kept, links);
    }

    private static Page CutSkip(IReadOnlyList<StoredResource> ordered, PageRequest request, string path, List<KeyValuePair<string, string>> kept, JObject links)
    {
        if (request.Size == 0)
        {
            return new Page([], ordered.Count, links);
        }

        var last = Math.Max(1, (ordered.Count + request.Size - 1) / request.Size);
        string PageLink(int number) => Link(path, kept.Append(new(PageRequestParser.Size, Str(request.Size))).Append(new(PageRequestParser.Number, Str(number))));
        links["first"] = PageLink(1);
        links["last"] = PageLink(last);
        if (request.Number > 1)
        {
            links["prev"] = PageLink(Math.Min(request.Number - 1, last));
        }

        if (request.Number < last)
        {
            links["next"] = PageLink(request.Number + 1);
        }

        var items = ordered.Skip((int)Math.Min(int.MaxValue, (long)(request.Number - 1) * request.Size)).Take(request.Size).ToArray();
        return new Page(items, ordered.Count, links);
    }

    private static Page CutCursor(
        IReadOnlyList<StoredResource> ordered,
        PageRequest request,
        string path,
        List<KeyValuePair<string, string>> kept,
        JObject links,
        Func<string, SortKey?> positionOf,
        Func<StoredResource, SortKey> keyOf)
    {
        if (request.Size == 0)
        {
            return new Page([], ordered.Count, links);
        }

        var start = 0;
        if (request.After is not null)
        {
            var position = positionOf(request.After)
                ?? throw MockApiException.BadParameter(PageRequestParser.After, $"Unknown cursor '{request.After}'.");
            start = Handlers.ListViews.FirstAfter(ordered, position, keyOf);
        }

        var window = ordered.Skip(start).Take(request.Size + 1).ToArray();
        var items = window.Take(request.Size).ToArray();
        if (window.Length > request.Size)
        {
            links["next"] = Link(path, kept.Append(new(PageRequestParser.Limit, Str(request.Size))).Append(new(PageRequestParser.After, items[^1].Id)));
        }

        return new Page(items, ordered.Count, links);
    }

    private static string Link(string path, IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var query = QueryParameters.Format(pairs);
        return query.Length == 0 ? path : path + "?" + query;
    }

    private static string Str(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
