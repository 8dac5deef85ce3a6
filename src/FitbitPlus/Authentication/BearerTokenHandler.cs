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
        if (request.RequestUri is not { IsAbsoluteUri: true } uri || IsPublicOperation(request, uri))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (!UriOrigin.IsSame(uri, _apiBase))
        {
            // A token must never leak to another host, even one that a link or a caller pointed us at.
            AuthenticationLog.BearerWithheld(_logger, UriOrigin.Describe(uri));
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

    // The spec's one operation without security (security: []) needs no bearer: a caller's own Api.CreateTokenAsync.
    // The library's own token requests never come here; they have a chain of their own.
    private bool IsPublicOperation(HttpRequestMessage request, Uri uri) =>
        request.Method == HttpMethod.Post
        && UriOrigin.IsSame(uri, _tokenEndpoint)
        && string.Equals(uri.AbsolutePath, _tokenEndpoint.AbsolutePath, StringComparison.Ordinal);
}
