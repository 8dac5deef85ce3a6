namespace FitbitPlus.Paging;

/// <summary>
/// Turns the server's links into request URIs. Links are relative to the API origin and already contain
/// <c>/pub/</c>, so they are resolved like a browser would (a leading <c>/</c> replaces the base path) and
/// never joined onto the base address. A link to another origin is refused so the bearer token never leaves.
/// </summary>
internal static class LinkResolver
{
    public static Uri Resolve(Uri baseAddress, string link)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            throw new FitbitPlusException("The server sent an empty next link.");
        }

        if (!Uri.TryCreate(baseAddress, link, out var resolved))
        {
            throw new FitbitPlusException($"The server sent a next link that is not a valid URI reference ('{Cut(link)}').");
        }

        if (!Http.UriOrigin.IsSame(baseAddress, resolved))
        {
            throw new FitbitPlusException(
                $"The server sent a next link to another origin ({resolved.Scheme}://{resolved.Authority}); "
                + $"it was not followed so that credentials for {baseAddress.Authority} are not sent elsewhere.");
        }

        return resolved;
    }

    /// <summary>The origin-relative form of a URI (path and query), as stored in continuation tokens.</summary>
    public static string ToRelative(Uri uri) => uri.PathAndQuery;

    private static string Cut(string link) => link.Length <= 200 ? link : link[..200] + "…";
}
