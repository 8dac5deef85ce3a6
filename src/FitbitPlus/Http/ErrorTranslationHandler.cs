using System.Net;
using FitbitPlus.Errors;
using Polly.Timeout;

namespace FitbitPlus.Http;

/// <summary>
/// Outermost handler: turns every failed exchange into a <see cref="FitbitPlusException"/> before the generated
/// code sees it — a non-success status (after retries and token renewal), a 2xx whose body is not JSON, or a
/// transport failure that outlived the retries. The library's own token requests pass through untouched.
/// </summary>
internal sealed class ErrorTranslationHandler : DelegatingHandler
{
    private readonly TimeSpan _totalTimeout;

    public ErrorTranslationHandler(TimeSpan totalTimeout) => _totalTimeout = totalTimeout;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (FitbitPlusRequestOptions.IsTokenRequest(request))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            var reason = ex is TimeoutRejectedException ? $"no answer within the total timeout of {_totalTimeout}" : ex.Message;
            throw new FitbitPlusException($"{ErrorResponseReader.DescribeRequest(request)} could not be completed: {reason}", null, null, null, null, ex);
        }

        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw await ErrorResponseReader.FromErrorResponseAsync(response, cancellationToken).ConfigureAwait(false);
            }
        }

        var body = (response.Content as BufferedContent)?.Bytes;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (HasBody(response, body) && !ErrorResponseReader.IsJson(mediaType))
        {
            using (response)
            {
                var status = response.StatusCode;
                throw new FitbitPlusException(
                    $"{ErrorResponseReader.DescribeRequest(request)} answered HTTP {(int)status} ({status}) with '{mediaType ?? "no content type"}', not a JSON:API document.",
                    status, null, null, body is null ? null : ErrorResponseReader.Excerpt(body));
            }
        }

        return response;
    }

    private static bool HasBody(HttpResponseMessage response, byte[]? body) =>
        response.StatusCode != HttpStatusCode.NoContent
        && response.RequestMessage?.Method != HttpMethod.Head
        && (body is not null ? body.Length > 0 : response.Content.Headers.ContentLength != 0);
}
