namespace FitbitPlus.Paging;

/// <summary>Reads a request's query parameters and adds the paging ones to a collection's first request.</summary>
internal static class PagingQuery
{
    public const string Limit = "page[limit]";
    public const string After = "page[after]";
    public const string Size = "page[size]";
    public const string Number = "page[number]";

    /// <summary>The unescaped parameter names present in the URI's query.</summary>
    public static HashSet<string> Names(Uri uri) => new(Pairs(uri).Select(p => p.Name), StringComparer.Ordinal);

    /// <summary>The unescaped value of the first parameter called <paramref name="name"/>, if any (decoded as HttpUtility.ParseQueryString does).</summary>
    public static string? Value(Uri uri, string name) =>
        Pairs(uri).Where(p => p.Name == name).Select(p => p.Value).FirstOrDefault();

    // HttpUtility's rule, shared with the mock: '+' and %20 are a space, %2B is a plus.
    private static IEnumerable<(string Name, string Value)> Pairs(Uri uri)
    {
        var query = uri.IsAbsoluteUri ? uri.Query : (uri.OriginalString.Split('?', 2) is [_, var q] ? q : string.Empty);
        var parsed = System.Web.HttpUtility.ParseQueryString(query);
        foreach (var name in parsed.AllKeys)
        {
            foreach (var value in parsed.GetValues(name) ?? [])
            {
                yield return name is null ? (value, string.Empty) : (name, value);
            }
        }
    }

    /// <summary>
    /// The collection's URI with the first request's paging parameters added. The URI carries none of its own:
    /// <see cref="CollectionQuery"/> refuses <c>page[...]</c> filters, and <see cref="PagingOptions"/> refuses mixed strategies.
    /// </summary>
    public static Uri WithPaging(Uri uri, PageRequest page)
    {
        var extra = new List<string>();
        Add(extra, Limit, page.Limit);
        Add(extra, Size, page.Size);
        Add(extra, Number, page.Number);
        if (extra.Count == 0)
        {
            return uri;
        }

        var text = uri.OriginalString;
        var separator = text.Contains('?', StringComparison.Ordinal) ? (text.EndsWith('?') || text.EndsWith('&') ? string.Empty : "&") : "?";
        return new Uri(text + separator + string.Join('&', extra), uri.IsAbsoluteUri ? UriKind.Absolute : UriKind.Relative);
    }

    private static void Add(List<string> extra, string name, int? value)
    {
        if (value is { } v)
        {
            extra.Add(Uri.EscapeDataString(name) + "=" + v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
