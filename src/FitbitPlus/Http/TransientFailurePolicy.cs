using System.Net;
using Polly;

namespace FitbitPlus.Http;

/// <summary>Which outcomes are retried, and how long the server asked us to wait.</summary>
internal static class TransientFailurePolicy
{
    /// <summary>
    /// 429 is retried for any method (the server did not process the request); 502/503/504 and broken connections
    /// only for idempotent methods, for every request of a chain whose requests are all safe to repeat
    /// (<paramref name="everyRequestRepeatable"/>), or when the connection was never established. A request whose body
    /// cannot be sent again is never retried, nor a 429 whose Retry-After exceeds <paramref name="maxWait"/>.
    /// </summary>
    public static bool ShouldRetry(HttpRequestMessage? request, Outcome<HttpResponseMessage> outcome, TimeProvider time, TimeSpan maxWait, bool everyRequestRepeatable)
    {
        if (request is null || !RequestReplay.CanReplay(request))
        {
            return false;
        }

        var safeToRepeat = everyRequestRepeatable || RequestReplay.IsIdempotent(request.Method);
        if (outcome.Result is { } response)
        {
            return response.StatusCode switch
            {
                HttpStatusCode.TooManyRequests => !(RetryAfter(response, time) > maxWait),
                HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
                    safeToRepeat && !(RetryAfter(response, time) > maxWait),
                _ => false,
            };
        }

        return outcome.Exception switch
        {
            OperationCanceledException => false,
            // The request never reached the server, so even a POST is safe to send again.
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => true,
            HttpRequestException or IOException => safeToRepeat,
            _ => false,
        };
    }

    /// <summary>The wait the server asked for in <c>Retry-After</c> (seconds or an HTTP date), or null when absent.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
