using System.Net;
using System.Net.Http.Headers;
using FitbitPlus.Http;
using Microsoft.Extensions.Logging;

namespace FitbitPlus.Authentication;

/// <summary>
/// Attaches the bearer token to requests for the API origin, and answers a 401 by renewing the token and sending
/// the request once more (only when its body can be sent again). Sits inside the retry handler, so every retry
/// attempt gets a current token, and outside the error translation, so it sees the raw 401.
/// </summary>
internal sealed class BearerTokenHandler : DelegatingHandler
{
    private readonly AccessTokenProvider _tokens;
    private readonly Uri _apiBase;
    private readonly Uri _tokenEndpoint;
    private readonly ILogger _logger;

    public BearerTokenHandler(AccessTokenProvider tokens, Uri apiBase, ILogger logger)
    {
        _tokens = tokens;
        _apiBase = apiBase;
        _tokenEndpoint = new Uri(apiBase, TokenEndpointClient.RelativePath);
        _logger = logger;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { IsAbsoluteUri: true } uri || IsTokenEndpoint(request, uri))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (!IsSameOrigin(uri, _apiBase))
        {
            // A token must never leak to another host, even one that a link or a caller pointed us at.
            AuthenticationLog.BearerWithheld(_logger, uri.GetLeftPart(UriPartial.Authority));
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        if (!RequestReplay.CanReplay(request))
        {
            AuthenticationLog.UnauthorizedNotReplayable(_logger, request.Method, uri.AbsolutePath);
            return response;
        }

        AuthenticationLog.TokenRejectedByApi(_logger, request.Method, uri.AbsolutePath);
        response.Dispose();
        var renewed = await _tokens.RenewRejectedAsync(token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed.Value);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when scheme, host and port are equal.</summary>
    internal static bool IsSameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;

    // The token endpoint is public (security: []); the library's own token requests carry a marker.
    private bool IsTokenEndpoint(HttpRequestMessage request, Uri uri) =>
        FitbitPlusRequestOptions.IsTokenRequest(request)
        || (request.Method == HttpMethod.Post
            && IsSameOrigin(uri, _tokenEndpoint)
            && string.Equals(uri.AbsolutePath, _tokenEndpoint.AbsolutePath, StringComparison.Ordinal));
}
