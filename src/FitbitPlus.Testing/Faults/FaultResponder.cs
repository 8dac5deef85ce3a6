using System.Text;
using FitbitPlus.Mock.JsonApi;
using Microsoft.AspNetCore.Http;

namespace FitbitPlus.Mock.Faults;

/// <summary>Writes what the client observes for an injected fault, directly on the connection.</summary>
internal static class FaultResponder
{
    /// <summary>Answers <paramref name="context"/> with fault <paramref name="kind"/>.</summary>
    public static async Task WriteAsync(MockFaultKind kind, HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString();
        switch (kind)
        {
            case MockFaultKind.TooManyRequests:
                context.Response.Headers.RetryAfter = "1";
                await WriteErrorAsync(context, requestId, new MockApiException(429, ErrorCodes.TooManyRequests, "Rate limit exceeded (injected fault).")).ConfigureAwait(false);
                break;
            case MockFaultKind.ServiceUnavailable:
                await WriteErrorAsync(context, requestId, new MockApiException(503, ErrorCodes.ServiceUnavailable, "Service unavailable (injected fault).")).ConfigureAwait(false);
                break;
            case MockFaultKind.ConnectionReset:
                context.Abort();
                break;
            case MockFaultKind.TruncatedBody:
                // Announce a whole document, send half of it, then drop the connection.
                var full = Encoding.UTF8.GetBytes("{\"meta\":{\"req_id\":\"" + requestId + "\"},\"data\":[" + string.Join(',', Enumerable.Repeat("{\"type\":\"padding\",\"id\":\"x\"}", 20)) + "]}");
                context.Response.StatusCode = 200;
                context.Response.ContentType = MockResponse.JsonApiMediaType;
                context.Response.ContentLength = full.Length;
                await context.Response.Body.WriteAsync(full.AsMemory(0, full.Length / 2)).ConfigureAwait(false);
                await context.Response.Body.FlushAsync().ConfigureAwait(false);
                context.Abort();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown fault kind.");
        }
    }

    private static async Task WriteErrorAsync(HttpContext context, string requestId, MockApiException error)
    {
        var response = Documents.Error(requestId, error);
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = MockResponse.JsonApiMediaType;
        context.Response.Headers["X-Request-Id"] = requestId;
        await context.Response.WriteAsync(response.Body!, Encoding.UTF8).ConfigureAwait(false);
    }
}
