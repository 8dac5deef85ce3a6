using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Duende.IdentityModel;
using Duende.IdentityModel.Client;
using FitbitPlus.Diagnostics;
using FitbitPlus.Errors;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Authentication;

/// <summary>
/// Sends token requests to <c>POST oauth/token</c>. Duende's request types are form-encoded only, while this API
/// wants a JSON:API document, so the request is written here and only the response model comes from Duende.
/// Sends through an HTTP client of its own, never the API's (the token chain of <see cref="HttpPipeline"/>), and reads
/// every failure into a <see cref="FitbitPlusAuthenticationException"/> itself.
/// Owns the client's <see cref="ClientSecrets"/>: the client secret and the tokens it receives stay masked until disposed.
/// </summary>
internal sealed class TokenEndpointClient : IDisposable
{
    /// <summary>The token endpoint, relative to the base address.</summary>
    public const string RelativePath = "oauth/token";

    /// <summary>The exact media type the endpoint accepts (a charset parameter gets HTTP 403).</summary>
    public const string MediaType = "application/vnd.api+json";

    private readonly FitbitPlusClientOptions _options;
    private readonly Func<HttpClient> _httpClient;
    private readonly Uri _tokenUri;
    private readonly ClientSecrets _secrets;
    private readonly FitbitPlusMetrics _metrics;

    public TokenEndpointClient(FitbitPlusClientOptions options, Func<HttpClient> httpClient, FitbitPlusMetrics? metrics = null)
    {
        _options = options;
        _metrics = metrics ?? FitbitPlusMetrics.Shared;
        _httpClient = httpClient;
        _secrets = new ClientSecrets(options.ClientSecret);
        // include=groups,organization makes the response say which organization the credentials belong to.
        _tokenUri = new Uri(options.BaseAddress, RelativePath + "?include=groups,organization");
    }

    /// <summary>Requests a token with the client credentials.</summary>
    public Task<AccessToken> RequestWithClientCredentialsAsync(CancellationToken cancellationToken) =>
        SendAsync(OidcConstants.GrantTypes.ClientCredentials, OidcConstants.TokenRequest.ClientSecret, _options.ClientSecret!, null, cancellationToken);

    /// <summary>Renews a token with a refresh token; <paramref name="previousScope"/> is kept when the answer names no organization.</summary>
    public Task<AccessToken> RequestWithRefreshTokenAsync(string refreshToken, CredentialsScope? previousScope, CancellationToken cancellationToken) =>
        SendAsync(OidcConstants.GrantTypes.RefreshToken, OidcConstants.TokenRequest.RefreshToken, refreshToken, previousScope, cancellationToken);

    /// <summary>Stops masking this client's secret and tokens.</summary>
    public void Dispose() => _secrets.Dispose();

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
        using var telemetry = TokenTelemetry.Start(grantType, _metrics);
        try
        {
            var token = await SendCoreAsync(grantType, secretField, secretValue, previousScope, telemetry, cancellationToken).ConfigureAwait(false);
            TokenTelemetry.Succeeded(grantType, _metrics);
            return token;
        }
        catch (Exception ex)
        {
            TokenTelemetry.Failed(telemetry, grantType, _metrics, ex);
            throw;
        }
    }

    private async Task<AccessToken> SendCoreAsync(string grantType, string secretField, string secretValue, CredentialsScope? previousScope, OperationScope? telemetry, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _tokenUri)
        {
            Content = new ByteArrayContent(CreateBody(grantType, secretField, secretValue)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaType));
        telemetry?.Attach(request);

        var time = _options.TimeProvider;
        var requestedAt = time.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await _httpClient().SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!IsPassedThrough(ex, cancellationToken))
        {
            // Whatever the transport threw, the caller's own primary handler included, is a failed token request.
            var reason = Http.TransportFailure.Describe(ex, _options.RetryTotalTimeout);
            throw new FitbitPlusAuthenticationException(
                Redact($"The token request (grant_type {grantType}) to POST {_tokenUri.AbsolutePath} failed: {reason}", secretValue),
                null, null, null, null, ex);
        }

        using (response)
        {
            telemetry?.Answered(response.StatusCode, null); // a token answer's body holds secrets: no request id is read from it
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
        if (parsed.ErrorType == ResponseErrorType.Exception)
        {
            throw Malformed(grantType, status, "the body is not valid JSON");
        }

        if (parsed.HasErrors && CarriedErrors(parsed, grantType, status) is { } carriedErrors)
        {
            throw carriedErrors;
        }

        if (!parsed.HasAttributes)
        {
            throw Malformed(grantType, status, "the body has no data.attributes object");
        }

        if (parsed.FieldProblem is { } fieldProblem)
        {
            throw Malformed(grantType, status, fieldProblem);
        }

        if (TokenValue.Problem(parsed.AccessToken) is { } accessProblem)
        {
            throw Malformed(grantType, status, "data.attributes.access_token " + accessProblem);
        }

        if (TokenValue.Problem(parsed.RefreshToken) is { } refreshProblem)
        {
            throw Malformed(grantType, status, "data.attributes.refresh_token " + refreshProblem);
        }

        if (parsed.LifetimeSeconds is not { } seconds)
        {
            throw Malformed(grantType, status, "data.attributes.expires_in " + parsed.LifetimeProblem);
        }

        _secrets.AddToken(parsed.AccessToken);
        _secrets.AddToken(parsed.RefreshToken);

        // Measured from when the request was sent, on the monotonic clock: server clock skew and wall-clock jumps do not matter.
        var lifetime = TimeSpan.FromSeconds(seconds);
        var margin = _options.RefreshMargin < lifetime / 2 ? _options.RefreshMargin : lifetime / 2;
        var frequency = _options.TimeProvider.TimestampFrequency;
        return new AccessToken(
            parsed.AccessToken!,
            string.IsNullOrEmpty(parsed.RefreshToken) ? null : parsed.RefreshToken,
            requestedAt + (long)((lifetime - margin).TotalSeconds * frequency),
            requestedAt + (long)(lifetime.TotalSeconds * frequency),
            parsed.CredentialsScope ?? previousScope);
    }

    /// <summary>
    /// A 2xx that carries errors is refused, as on every other operation (JSON:API forbids errors next to data).
    /// The refused document's own tokens were never accepted, so they are masked here; null when the errors list is empty.
    /// </summary>
    private FitbitPlusAuthenticationException? CarriedErrors(JsonApiTokenResponse parsed, string grantType, HttpStatusCode status)
    {
        IReadOnlyList<ApiError> errors;
        string? requestId;
        try
        {
            (errors, requestId) = ErrorResponseReader.ReadErrors(JObject.Parse(parsed.Raw ?? "{}"));
        }
        catch (Newtonsoft.Json.JsonException)
        {
            (errors, requestId) = (Array.Empty<ApiError>(), null);
        }

        if (errors.Count == 0)
        {
            return null;
        }

        string? Mask(string? text) => SecretRedactor.Redact(text,
            KnownSecrets.IsMaskable(parsed.AccessToken) ? parsed.AccessToken : null,
            KnownSecrets.IsMaskable(parsed.RefreshToken) ? parsed.RefreshToken : null);
        var masked = errors.Select(e => new ApiError(
            Mask(e.Status), Mask(e.Code), Mask(e.Title), Mask(e.Detail), Mask(e.SourcePointer), Mask(e.SourceParameter))).ToArray();
        return new FitbitPlusAuthenticationException(
            $"The token request (grant_type {grantType}) to POST {_tokenUri.AbsolutePath} answered HTTP {(int)status}, but it carries errors: "
            + ErrorResponseReader.Summarize(masked) + (requestId is null ? "." : $" (req_id {Mask(requestId)})."),
            null, masked, Mask(requestId), null);
    }

    // Passed through: the token chain's own failures (a refused redirect, a body too large), a token request cancelled
    // because the client is being disposed, and use after dispose.
    private static bool IsPassedThrough(Exception ex, CancellationToken cancellationToken) =>
        ex is FitbitPlusAuthenticationException or ObjectDisposedException
        || (ex is OperationCanceledException && cancellationToken.IsCancellationRequested);

    // No StatusCode: the answer was a success (the message names it); what failed is its body.
    private FitbitPlusAuthenticationException Malformed(string grantType, HttpStatusCode status, string problem) =>
        new($"The token request (grant_type {grantType}) to POST {_tokenUri.AbsolutePath} answered HTTP {(int)status}, but {problem}.",
            null, null, null, null);

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private string? Redact(string? text, string secretValue) => SecretRedactor.Redact(text, _options.ClientSecret, secretValue);
}
