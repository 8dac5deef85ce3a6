namespace FitbitPlus.Paging;

/// <summary>Reads and extends the query of a first request, to keep the two paging strategies apart.</summary>
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
    /// Checks the first request (as built by the caller's delegate or the catalog) and adds the strategy's
    /// parameters the caller left out. Throws <see cref="ArgumentException"/> when the strategies would mix.
    /// </summary>
    public static Uri Complete(Uri uri, PageRequest page)
    {
        var names = Names(uri);
        var hasCursor = names.Contains(Limit) || names.Contains(After);
        var hasSkip = names.Contains(Size) || names.Contains(Number);
        var wantsSkip = page.Size is not null || page.Number is not null;
        if (hasCursor && hasSkip)
        {
            throw new ArgumentException(
                "The first request mixes cursor paging (page[limit]/page[after]) and skip paging (page[size]/page[number]); the API forbids that.",
                "firstPage");
        }

        if ((wantsSkip && hasCursor) || (!wantsSkip && hasSkip))
        {
            throw new ArgumentException(
                $"The first request uses {(hasSkip ? "skip" : "cursor")} paging but the options ask for {(wantsSkip ? "skip" : "cursor")} paging; "
                + "pass page.Limit, page.After, page.Size and page.Number through, or set PagingOptions to match.",
                "firstPage");
        }

        var extra = new List<string>();
        Add(extra, names, Limit, page.Limit);
        Add(extra, names, Size, page.Size);
        Add(extra, names, Number, page.Number);
        if (extra.Count == 0)
        {
            return uri;
        }

        var text = uri.OriginalString;
        var separator = text.Contains('?', StringComparison.Ordinal) ? (text.EndsWith('?') || text.EndsWith('&') ? string.Empty : "&") : "?";
        return new Uri(text + separator + string.Join('&', extra), uri.IsAbsoluteUri ? UriKind.Absolute : UriKind.Relative);
    }

    private static void Add(List<string> extra, HashSet<string> names, string name, int? value)
    {
        if (value is { } v && !names.Contains(name))
        {
            extra.Add(Uri.EscapeDataString(name) + "=" + v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
