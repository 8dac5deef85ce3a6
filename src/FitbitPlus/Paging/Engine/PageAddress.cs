namespace FitbitPlus.Paging;

/// <summary>
/// The identity of a page request for loop detection: the same page whether its link was written with escaped or
/// raw brackets (<c>page%5Bafter%5D</c> / <c>page[after]</c>) or with its parameters in another order, as the
/// publisher's <c>self</c>/<c>next</c> links and our own first request differ in exactly those ways.
/// </summary>
internal static class PageAddress
{
    /// <summary>A canonical text of <paramref name="uri"/>: origin, unescaped path, unescaped query parameters in ordinal order.</summary>
    public static string Key(Uri uri)
    {
        var query = uri.Query.TrimStart('?');
        var parameters = query.Length == 0
            ? Enumerable.Empty<string>()
            : query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).Order(StringComparer.Ordinal);
        return $"{uri.GetLeftPart(UriPartial.Authority)}{Uri.UnescapeDataString(uri.AbsolutePath)}?{string.Join('&', parameters)}";
    }
}
