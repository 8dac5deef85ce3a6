using System.Text;
using FitbitPlus.Mock.JsonApi;
using Microsoft.AspNetCore.Http;

namespace FitbitPlus.Mock.Faults;

/// <summary>Turns a decided fault into what the client observes on the wire.</summary>
internal static class FaultResponder
{
    /// <summary>
    /// The answer for <paramref name="kind"/>. Connection resets and truncated bodies act on the
    /// <paramref name="http"/> context directly, because a well-formed response cannot express them.
    /// </summary>
    public static MockResponse Respond(MockFaultKind kind, string requestId, HttpContext http)
    {
        switch (kind)
        {
            case MockFaultKind.TooManyRequests:
                var limited = Documents.Error(requestId, new MockApiException(429, ErrorCodes.TooManyRequests, "Rate limit exceeded (injected fault)."));
                limited.Headers["Retry-After"] = "1";
                return limited;
            case MockFaultKind.ServiceUnavailable:
                return Documents.Error(requestId, new MockApiException(503, ErrorCodes.ServiceUnavailable, "Service unavailable (injected fault)."));
            case MockFaultKind.ConnectionReset:
                http.Abort();
                return MockResponse.Empty(503);
            case MockFaultKind.TruncatedBody:
                var full = "{\"meta\":{\"req_id\":\"" + requestId + "\"},\"data\":[" + string.Join(',', Enumerable.Repeat("{\"type\":\"padding\",\"id\":\"x\"}", 20)) + "]}";
                var half = full[..(full.Length / 2)];

                // Kestrel sees fewer bytes than announced and aborts the connection after the partial body.
                http.Response.ContentLength = Encoding.UTF8.GetByteCount(full);
                return MockResponse.Raw(200, half);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown fault kind.");
        }
    }
}
