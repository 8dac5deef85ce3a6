namespace FitbitPlus.Mock;

/// <summary>A transient failure the mock can inject instead of handling a request.</summary>
public enum MockFaultKind
{
    /// <summary>429 JSON:API error with <c>Retry-After: 1</c>.</summary>
    TooManyRequests,

    /// <summary>503 JSON:API error.</summary>
    ServiceUnavailable,

    /// <summary>The connection is aborted before any response byte is sent.</summary>
    ConnectionReset,

    /// <summary>200 headers with a Content-Length larger than the body actually sent, then the connection closes.</summary>
    TruncatedBody,
}
