namespace FitbitPlus.Http;

/// <summary>The origin (scheme, host, port) of a URI: where credentials may be sent.</summary>
internal static class UriOrigin
{
    /// <summary>True when scheme, host and port are equal.</summary>
    public static bool IsSame(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;

    /// <summary>The origin as text, e.g. <c>https://api.example.test</c>.</summary>
    public static string Describe(Uri uri) => uri.GetLeftPart(UriPartial.Authority);
}
