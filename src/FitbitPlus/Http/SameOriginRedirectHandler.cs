using System.Net;
using FitbitPlus.Authentication;
using FitbitPlus.Errors;

namespace FitbitPlus.Http;

/// <summary>
/// Follows redirects itself, because the transport's automatic redirects would carry the client secret (token
/// requests) or the bearer token (API requests) to whatever host a <c>Location</c> names. Only redirects within the
/// API origin (scheme, host and port of the base address) are followed, at most <see cref="MaxRedirects"/> times;
/// any other is refused with a <see cref="FitbitPlusException"/> (a <see cref="FitbitPlusAuthenticationException"/>
/// for token requests) before anything is sent there.
/// </summary>
internal sealed class SameOriginRedirectHandler : DelegatingHandler
{
    /// <summary>Redirects followed for one request before giving up.</summary>
    public const int MaxRedirects = 5;

    private readonly Uri _origin;

    public SameOriginRedirectHandler(Uri apiBase) => _origin = apiBase;

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
                throw Refuse(request, status, $"{what} answered HTTP {(int)status} ({status}) without a usable Location header.");
            }

            if (!BearerTokenHandler.IsSameOrigin(target, _origin))
            {
                throw Refuse(request, status,
                    $"{what} answered HTTP {(int)status} ({status}) redirecting to another origin ({Origin(target)}); "
                    + $"it was not followed so that credentials for {Origin(_origin)} are not sent elsewhere.");
            }

            if (redirects >= MaxRedirects)
            {
                throw Refuse(request, status, $"{what} was redirected more than {MaxRedirects} times; the last redirect was not followed.");
            }

            if (ChangesToGet(request.Method, status))
            {
                request.Method = HttpMethod.Get;
                request.Content = null;
            }
            else if (!RequestReplay.CanReplay(request))
            {
                throw Refuse(request, status, $"{what} answered HTTP {(int)status} ({status}), but its body is a stream that cannot be sent again.");
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

    private static string Origin(Uri uri) => uri.GetLeftPart(UriPartial.Authority);

    private static FitbitPlusException Refuse(HttpRequestMessage request, HttpStatusCode status, string message) =>
        FitbitPlusRequestOptions.IsTokenRequest(request)
            ? new FitbitPlusAuthenticationException("The token request was not completed: " + message, status, null, null, null)
            : new FitbitPlusException(message, status, null, null, null);
}
