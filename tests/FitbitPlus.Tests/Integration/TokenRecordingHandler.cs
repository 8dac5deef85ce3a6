using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Integration;

/// <summary>
/// The client's primary handler in the token tests: a real <see cref="SocketsHttpHandler"/> underneath, recording every
/// token request (grant type and status) and the bearer token of every API request, as they went on the wire.
/// </summary>
/// <remarks>
/// The mock does not count token requests by grant type, so they are observed here, below the client's pipeline.
/// <see cref="StealNextRefreshToken"/> makes the mock reject one refresh: the mock's refresh tokens are single-use, so the
/// handler first redeems the refresh token itself (as another process sharing it would) and then forwards the client's
/// own request, which the mock answers 401 — a genuine rejection by the server, not a rewritten body.
/// </remarks>
internal sealed class TokenRecordingHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<TokenExchange> _tokenExchanges = new();
    private readonly ConcurrentQueue<ApiExchange> _apiExchanges = new();
    private int _stealNext;

    public TokenRecordingHandler()
        : base(new SocketsHttpHandler())
    {
    }

    /// <summary>Token requests in the order they were answered.</summary>
    public IReadOnlyList<TokenExchange> TokenExchanges => _tokenExchanges.ToArray();

    /// <summary>API (non-token) requests in the order they were answered.</summary>
    public IReadOnlyList<ApiExchange> ApiExchanges => _apiExchanges.ToArray();

    /// <summary>Makes the next refresh_token request fail because its refresh token was already redeemed.</summary>
    public void StealNextRefreshToken() => Volatile.Write(ref _stealNext, 1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Post || request.RequestUri?.AbsolutePath.EndsWith("/oauth/token", StringComparison.Ordinal) != true)
        {
            var apiResponse = await base.SendAsync(request, cancellationToken);
            _apiExchanges.Enqueue(new ApiExchange(request.RequestUri!.PathAndQuery, request.Headers.Authorization?.Parameter, apiResponse.StatusCode));
            return apiResponse;
        }

        var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
        var grantType = JObject.Parse(System.Text.Encoding.UTF8.GetString(body))["data"]?["attributes"]?.Value<string>("grant_type");
        var stolen = grantType == "refresh_token" && Interlocked.Exchange(ref _stealNext, 0) == 1;
        if (stolen)
        {
            using var thief = new HttpRequestMessage(HttpMethod.Post, request.RequestUri) { Content = new ByteArrayContent(body) };
            thief.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.api+json");
            using var redeemed = await base.SendAsync(thief, cancellationToken);
            if (redeemed.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"The test could not redeem the refresh token itself (HTTP {(int)redeemed.StatusCode}).");
            }
        }

        var response = await base.SendAsync(request, cancellationToken);
        _tokenExchanges.Enqueue(new TokenExchange(grantType, response.StatusCode, stolen));
        return response;
    }

    /// <summary>One token request: its grant type, the status the mock answered, and whether its refresh token had been stolen.</summary>
    internal sealed record TokenExchange(string? GrantType, HttpStatusCode Status, bool Stolen);

    /// <summary>One API request: path and query, bearer token sent, status answered.</summary>
    internal sealed record ApiExchange(string PathAndQuery, string? Bearer, HttpStatusCode Status);
}
