using System.Diagnostics;

namespace FitbitPlus.Diagnostics;

/// <summary>
/// Innermost handler: every attempt (retries included) carries the W3C trace context of the current Activity. A
/// retry reuses the request message, so the previous attempt's headers are removed first; the transport's own
/// instrumentation does not replace headers that are already there.
/// </summary>
internal sealed class TraceContextHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers;
        headers.Remove("traceparent");
        headers.Remove("tracestate");
        if (Activity.Current is { } current)
        {
            DistributedContextPropagator.Current.Inject(current, request, static (carrier, name, value) =>
            {
                if (carrier is HttpRequestMessage message && name is "traceparent" or "tracestate")
                {
                    message.Headers.TryAddWithoutValidation(name, value);
                }
            });
        }

        return base.SendAsync(request, cancellationToken);
    }
}
