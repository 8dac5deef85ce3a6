using System.Net;
using Polly;
using Polly.Timeout;

namespace FitbitPlus.Diagnostics;

/// <summary>The retry strategy's hook: counts a retry of the request's operation, by reason.</summary>
internal static class RetryTelemetry
{
    public static void Retrying(HttpRequestMessage? request, Outcome<HttpResponseMessage> outcome) =>
        OperationScope.Of(request)?.Retried(Reason(outcome));

    /// <summary><c>429</c>, <c>5xx</c>, <c>timeout</c> or <c>connection</c>.</summary>
    internal static string Reason(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result.StatusCode: HttpStatusCode.TooManyRequests } => "429",
        { Result: not null } => "5xx",
        { Exception: TimeoutRejectedException or TimeoutException or HttpRequestException { InnerException: TimeoutException } } => "timeout",
        _ => "connection",
    };
}
