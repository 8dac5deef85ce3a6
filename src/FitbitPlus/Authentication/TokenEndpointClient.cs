using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Duende.IdentityModel;
using Duende.IdentityModel.Client;
using FitbitPlus.Errors;
using FitbitPlus.Http;
using Polly.Timeout;

namespace FitbitPlus.Authentication;

/// <summary>
/// Sends token requests to <c>POST oauth/token</c>. Duende's request types are form-encoded only, while this API
/// wants a JSON:API document, so the request is written here and only the response model comes from Duende.
/// </summary>
internal sealed class TokenEndpointClient
{
    /// <summary>The token endpoint, relative to the base address.</summary>
    public const string RelativePath = "oauth/token";

    /// <summary>The exact media type the endpoint accepts (a charset parameter gets HTTP 403).</summary>
    public const string MediaType = "application/vnd.api+json";

    private readonly FitbitPlusClientOptions _options;
    private readonly Func<HttpClient> _httpClient;
    private readonly Uri _tokenUri;

    public TokenEndpointClient(FitbitPlusClientOptions options, Func<HttpClient> httpClient)
    {
        _options = options;
        _httpClient = httpClient;
        KnownSecrets.Add(options.ClientSecret);
        // include=groups,organization makes the response say which organization the credentials belong to.
        _tokenUri = new Uri(options.BaseAddress, RelativePath + "?include=groups,organization");
    }

    /// <summary>Requests a token with the client credentials.</summary>
    public Task<AccessToken> RequestWithClientCredentialsAsync(CancellationToken cancellationToken) =>
        SendAsync(OidcConstants.GrantTypes.ClientCredentials, OidcConstants.TokenRequest.ClientSecret, _options.ClientSecret!, null, cancellationToken);

    /// <summary>Renews a token with a refresh token; <paramref name="previousScope"/> is kept when the answer names no organization.</summary>
    public Task<AccessToken> RequestWithRefreshTokenAsync(string refreshToken, CredentialsScope? previousScope, CancellationToken cancellationToken) =>
        SendAsync(OidcConstants.GrantTypes.RefreshToken, OidcConstants.TokenRequest.RefreshToken, refreshToken, previousScope, cancellationToken);

    /// <summary>Builds the exact JSON:API request body for a grant.</summary>
    internal byte[] CreateBody(string grantType, string secretField, string secretValue)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writer.WriteString("type", "token");
            writer.WriteStartObject("attributes");
            writer.WriteString(OidcConstants.TokenRequest.GrantType, grantType);
            writer.WriteString(OidcConstants.TokenRequest.ClientId, _options.ClientId);
            writer.WriteString(secretField, secretValue);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private async Task<AccessToken> SendAsync(string grantType, string secretField, string secretValue, CredentialsScope? previousScope, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _tokenUri)
        {
            Content = new ByteArrayContent(CreateBody(grantType, secretField, secretValue)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaType));
        request.Options.Set(FitbitPlusRequestOptions.TokenRequest, true);

        var time = _options.TimeProvider;
        var requestedAt = time.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await _httpClient().SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutRejectedException)
        {
            var reason = ex is TimeoutRejectedException ? $"no answer within {_options.RetryTotalTimeout}" : ex.Message;
            throw new FitbitPlusAuthenticationException(
                Redact($"The token request (grant_type {grantType}) to POST {_tokenUri.AbsolutePath} failed: {reason}", secretValue),
                null, null, null, null, ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var error = await ErrorResponseReader.FromErrorResponseAsync(response, cancellationToken).ConfigureAwait(false);
                throw new FitbitPlusAuthenticationException(
                    Redact($"The token request (grant_type {grantType}) was refused. {error.Message}", secretValue),
                    error.StatusCode, error.Errors, error.RequestId, Redact(error.BodyExcerpt, secretValue));
            }

            var status = response.StatusCode;
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (!ErrorResponseReader.IsJson(mediaType))
            {
                throw Malformed(grantType, status, $"the body is '{mediaType ?? "without a content type"}', not a JSON:API token document");
            }

            using var parsed = await ProtocolResponse.FromHttpResponseAsync<JsonApiTokenResponse>(response).ConfigureAwait(false);
            return ToAccessToken(parsed, grantType, status, requestedAt, previousScope);
        }
    }

    private AccessToken ToAccessToken(JsonApiTokenResponse parsed, string grantType, HttpStatusCode status, long requestedAt, CredentialsScope? previousScope)
    {
        // Problems are described by name only: the body of a token response holds secrets.
        if (parsed.ErrorType == ResponseErrorType.Exception || !parsed.HasAttributes)
        {
            throw Malformed(grantType, status, parsed.ErrorType == ResponseErrorType.Exception
                ? "the body is not valid JSON"
                : "the body has no data.attributes object");
        }

        if (string.IsNullOrEmpty(parsed.AccessToken))
        {
            throw Malformed(grantType, status, "data.attributes.access_token is missing");
        }

        if (TokenValue.Problem(parsed.AccessToken) is { } accessProblem)
        {
            throw Malformed(grantType, status, "data.attributes.access_token " + accessProblem);
        }

        if (TokenValue.Problem(parsed.RefreshToken) is { } refreshProblem)
        {
            throw Malformed(grantType, status, "data.attributes.refresh_token " + refreshProblem);
        }

        if (parsed.TokenType is { Length: > 0 } type && !type.Equals(OidcConstants.TokenResponse.BearerTokenType, StringComparison.OrdinalIgnoreCase))
        {
            throw Malformed(grantType, status, $"data.attributes.token_type is '{type}', not 'bearer'");
        }

        if (parsed.LifetimeSeconds is not { } seconds)
        {
            throw Malformed(grantType, status, "data.attributes.expires_in " + parsed.LifetimeProblem);
        }

        KnownSecrets.Add(parsed.AccessToken);
        KnownSecrets.Add(parsed.RefreshToken);

        // Measured from when the request was sent, on the monotonic clock: server clock skew and wall-clock jumps do not matter.
        var lifetime = TimeSpan.FromSeconds(seconds);
        var margin = _options.RefreshMargin < lifetime / 2 ? _options.RefreshMargin : lifetime / 2;
        var frequency = _options.TimeProvider.TimestampFrequency;
        return new AccessToken(
            parsed.AccessToken,
            string.IsNullOrEmpty(parsed.RefreshToken) ? null : parsed.RefreshToken,
            requestedAt + (long)((lifetime - margin).TotalSeconds * frequency),
            requestedAt + (long)(lifetime.TotalSeconds * frequency),
            parsed.CredentialsScope ?? previousScope);
    }

    // No StatusCode: the answer was a success (the message names it); what failed is its body.
    private FitbitPlusAuthenticationException Malformed(string grantType, HttpStatusCode status, string problem) =>
        new($"The token request (grant_type {grantType}) to POST {_tokenUri.AbsolutePath} answered HTTP {(int)status}, but {problem}.",
            null, null, null, null);

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private string? Redact(string? text, string secretValue) => SecretRedactor.Redact(text, _options.ClientSecret, secretValue);
}
