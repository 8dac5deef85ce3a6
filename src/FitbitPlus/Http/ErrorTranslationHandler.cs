using System.Net;
using FitbitPlus.Errors;

namespace FitbitPlus.Http;

/// <summary>
/// Outermost handler: turns every failed exchange into a <see cref="FitbitPlusException"/> before the generated
/// code sees it — a non-success status (after retries and token renewal), a 2xx whose body is not JSON, or a
/// transport failure that outlived the retries (any exception of the transport, the caller's own handler included).
/// The library's own token requests never come here: they have a chain of their own (<see cref="HttpPipeline"/>).
/// </summary>
internal sealed class ErrorTranslationHandler : DelegatingHandler
{
    private readonly TimeSpan _totalTimeout;
    private readonly TimeProvider _time;

    /// <param name="totalTimeout">The retries' total timeout, named when it ends an exchange.</param>
    /// <param name="time">The client's clock, against which a <c>Retry-After</c> date is read.</param>
    public ErrorTranslationHandler(TimeSpan totalTimeout, TimeProvider time)
    {
        _totalTimeout = totalTimeout;
        _time = time;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsFailedExchange(ex, cancellationToken))
        {
            var reason = TransportFailure.Describe(ex, _totalTimeout);
            throw new FitbitPlusException($"{ErrorResponseReader.DescribeRequest(request)} could not be completed: {reason}", null, null, null, null, ex);
        }

        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                var error = await ErrorResponseReader.FromErrorResponseAsync(response, cancellationToken).ConfigureAwait(false);
                error.RetryAfter = TransientFailurePolicy.RetryAfter(response, _time); // for callers that pace themselves (partitioned export)
                throw error;
            }
        }

        var body = (response.Content as BufferedContent)?.Body;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (HasBody(response, body) && !ErrorResponseReader.IsJson(mediaType))
        {
            using (response)
            {
                var status = response.StatusCode;
                throw new FitbitPlusException(
                    $"{ErrorResponseReader.DescribeRequest(request)} answered HTTP {(int)status} ({status}) with '{mediaType ?? "no content type"}', not a JSON:API document.",
                    status, null, null, body is { } bytes ? ErrorResponseReader.Excerpt(bytes) : null);
            }
        }

        return response;
    }

    /// <summary>
    /// True for what the transport threw, the caller's own primary handler included (wrapped, with the original inside).
    /// Passed through: the library's own exceptions, use after dispose, and whatever ends a request the caller (or the
    /// client's disposal) cancelled — <see cref="HttpClient"/> reports that as an <see cref="OperationCanceledException"/>.
    /// </summary>
    private static bool IsFailedExchange(Exception ex, CancellationToken cancellationToken) =>
        ex is not (FitbitPlusException or ObjectDisposedException)
        && !(cancellationToken.IsCancellationRequested && ex is OperationCanceledException or HttpRequestException or IOException);

    private static bool HasBody(HttpResponseMessage response, ArraySegment<byte>? body) =>
        response.StatusCode != HttpStatusCode.NoContent
        && response.RequestMessage?.Method != HttpMethod.Head
        && (body is { } bytes ? bytes.Count > 0 : response.Content.Headers.ContentLength != 0);
}
