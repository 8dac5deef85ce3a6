namespace FitbitPlus.Mock.JsonApi;

/// <summary>One HTTP request as the mock engine sees it, independent of WireMock.</summary>
internal sealed class MockRequest
{
    /// <summary>Creates a request.</summary>
    public MockRequest(string method, string path, QueryParameters query, string? contentType, string? authorization, string? body)
    {
        Method = method.ToUpperInvariant();
        Path = path;
        Query = query;
        ContentType = contentType;
        Authorization = authorization;
        Body = body;
    }

    /// <summary>Upper-case HTTP method.</summary>
    public string Method { get; }

    /// <summary>Absolute path, e.g. <c>/pub/patient</c>.</summary>
    public string Path { get; }

    /// <summary>Decoded query parameters in their original order.</summary>
    public QueryParameters Query { get; }

    /// <summary>The Content-Type header, if any.</summary>
    public string? ContentType { get; }

    /// <summary>The Authorization header, if any.</summary>
    public string? Authorization { get; }

    /// <summary>The raw body, if any.</summary>
    public string? Body { get; }

    /// <summary>The media type of <see cref="ContentType"/> without parameters, lower case.</summary>
    public string? MediaType
    {
        get
        {
            if (string.IsNullOrWhiteSpace(ContentType))
            {
                return null;
            }

            var semicolon = ContentType.IndexOf(';', StringComparison.Ordinal);
            var media = semicolon < 0 ? ContentType : ContentType[..semicolon];
            return media.Trim().ToLowerInvariant();
        }
    }
}
