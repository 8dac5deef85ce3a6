namespace FitbitPlus.Diagnostics;

/// <summary>
/// Finds the spec operation of a request from its method and path (the spec's templates, <c>{id}</c> matching any
/// segment), so every door (typed clients, pagers, the by-name JSON views, <c>client.Api</c>) is named the same way.
/// </summary>
internal static class ApiOperations
{
    private static readonly Template[] Templates = GeneratedCatalog.Operations
        .Select(o => new Template(o.Method, o.Path.Split('/'), new ApiOperation(o.OperationId, o.Collection)))
        .OrderBy(t => t.Segments.Count(s => s.StartsWith('{'))) // a literal segment wins over a parameter
        .ToArray();

    /// <summary>The operation of <paramref name="request"/> below <paramref name="baseAddress"/>, or null when none matches.</summary>
    public static ApiOperation? Match(HttpRequestMessage request, Uri baseAddress)
    {
        if (request.RequestUri is not { IsAbsoluteUri: true } uri
            || Uri.Compare(uri, baseAddress, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return null;
        }

        var path = uri.AbsolutePath;
        var basePath = baseAddress.AbsolutePath;
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return null;
        }

        var segments = path[basePath.Length..].Trim('/').Split('/');
        var method = request.Method.Method;
        foreach (var template in Templates)
        {
            if (template.Matches(method, segments))
            {
                return template.Operation;
            }
        }

        return null;
    }

    private sealed record Template(string Method, string[] Segments, ApiOperation Operation)
    {
        public bool Matches(string method, string[] segments)
        {
            if (segments.Length != Segments.Length || !string.Equals(method, Method, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            for (var i = 0; i < segments.Length; i++)
            {
                var expected = Segments[i];
                var isParameter = expected.StartsWith('{');
                if (isParameter ? segments[i].Length == 0 : !string.Equals(expected, segments[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
