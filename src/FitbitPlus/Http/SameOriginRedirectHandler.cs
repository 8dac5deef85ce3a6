using System.Net;
using FitbitPlus.Errors;

namespace FitbitPlus.Http;

/// <summary>
/// Follows redirects itself, because the transport's automatic redirects would carry the client secret (token
/// requests) or the bearer token (API requests) to whatever host a <c>Location</c> names. Only redirects within the
/// API origin (scheme, host and port of the base address) are followed, at most <see cref="MaxRedirects"/> times;
/// any other is refused, before anything is sent there, with the exception the chain's <see cref="ExchangeFailure"/> creates.
/// </summary>
internal sealed class SameOriginRedirectHandler : DelegatingHandler
{
    /// <summary>Redirects followed for one request before giving up.</summary>
    public const int MaxRedirects = 5;

    private readonly Uri _origin;
    private readonly ExchangeFailure _failure;

    public SameOriginRedirectHandler(Uri apiBase, ExchangeFailure failure)
    {
        _origin = apiBase;
        _failure = failure;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        for (var redirects = 0; IsRedirect(response.StatusCode); redirects++)
        {
            var status = response.StatusCode;
            var target = Target(request, response);
            response.Dispose();
            var what = ErrorResponseReader.DescribeRequest(request);
            if (target is null)
            {
                throw _failure($"{what} answered HTTP {(int)status} ({status}) without a usable Location header.", status);
            }

            if (!UriOrigin.IsSame(target, _origin))
            {
                throw _failure(
                    $"{what} answered HTTP {(int)status} ({status}) redirecting to another origin ({UriOrigin.Describe(target)}); "
                    + $"it was not followed so that credentials for {UriOrigin.Describe(_origin)} are not sent elsewhere.", status);
            }

            if (redirects >= MaxRedirects)
            {
                throw _failure($"{what} was redirected more than {MaxRedirects} times; the last redirect was not followed.", status);
            }

            if (ChangesToGet(request.Method, status))
            {
                request.Method = HttpMethod.Get;
                request.Content = null;
            }
            else if (!RequestReplay.CanReplay(request))
            {
                throw _failure($"{what} answered HTTP {(int)status} ({status}), but its body is a stream that cannot be sent again.", status);
            }

            // Same origin: the headers, the Authorization header included, are sent again unchanged.
            request.RequestUri = target;
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    // As browsers and HttpClient do: 303 always becomes a GET, 301/302 turn a POST into a GET; 307/308 keep method and body.
    private static bool ChangesToGet(HttpMethod method, HttpStatusCode status) =>
        method != HttpMethod.Get && method != HttpMethod.Head
        && ((int)status == 303 || ((int)status is 301 or 302 && method == HttpMethod.Post));

    private static Uri? Target(HttpRequestMessage request, HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null)
        {
            return null;
        }

        if (location.IsAbsoluteUri)
        {
            return location.Scheme is "http" or "https" ? location : null;
        }

        return request.RequestUri is { IsAbsoluteUri: true } current && Uri.TryCreate(current, location, out var resolved) ? resolved : null;
    }
}
