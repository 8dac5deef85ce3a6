using FitbitPlus.Mock.Handlers;
using FitbitPlus.Mock.JsonApi;
using FitbitPlus.Mock.Store;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Authentication;

/// <summary>
/// POST /oauth/token: client_credentials and refresh_token grants, JSON:API body under
/// <c>application/vnd.api+json</c> or the flat body under <c>application/json</c>; anything else is 403.
/// </summary>
internal sealed class TokenHandler
{
    private readonly TokenRegistry _tokens;
    private readonly ResourceStore _store;
    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly string _organizationId;
    private readonly TokenScopeShape _shape;
    private readonly IncludeResolver _includes;

    /// <summary>Creates the handler.</summary>
    public TokenHandler(TokenRegistry tokens, ResourceStore store, string clientId, string clientSecret, string organizationId, TokenScopeShape shape)
    {
        _tokens = tokens;
        _store = store;
        _clientId = clientId;
        _clientSecret = clientSecret;
        _organizationId = organizationId;
        _shape = shape;
        _includes = new IncludeResolver(store);
    }

    /// <summary>Answers the token request.</summary>
    public MockResponse Handle(RequestContext context)
    {
        var includes = IncludeResolver.Parse(context.Route, context.Request.Query);
        var (attributes, prefix) = AttributesOf(context);
        var grantType = attributes.Value<string>("grant_type");
        var clientId = attributes.Value<string>("client_id");
        if (string.IsNullOrEmpty(grantType))
        {
            throw MockApiException.InvalidBody(prefix + "grant_type", "grant_type is required.");
        }

        if (grantType is not ("client_credentials" or "refresh_token"))
        {
            throw new MockApiException(409, ErrorCodes.InvalidGrantType, $"Unsupported grant_type '{grantType}'.", pointer: prefix + "grant_type");
        }

        if (string.IsNullOrEmpty(clientId))
        {
            throw MockApiException.InvalidBody(prefix + "client_id", "client_id is required.");
        }

        var accepted = grantType == "client_credentials"
            ? clientId == _clientId && attributes.Value<string>("client_secret") == _clientSecret
            : clientId == _clientId && attributes.Value<string>("refresh_token") is { Length: > 0 } refresh && _tokens.TryRedeem(refresh);
        if (!accepted)
        {
            throw new MockApiException(401, ErrorCodes.InvalidCredentials, "The client credentials or refresh token are not valid.");
        }

        var record = _store.Insert("token", new JObject(), DateTimeOffset.UnixEpoch);
        var token = _tokens.Issue(record.Id);
        var stored = _store.Replace("token", record.Id, _ => TokenResource(token), DateTimeOffset.UnixEpoch)!;
        var document = Documents.Single(context.RequestId, stored.Copy(), _includes.Resolve([stored], includes));
        return MockResponse.Document(201, document);
    }

    private static (JObject Attributes, string PointerPrefix) AttributesOf(RequestContext context)
    {
        var body = context.Body!;
        if (context.Request.MediaType == "application/json")
        {
            return (body, "/");
        }

        return (body["data"]?["attributes"] as JObject
            ?? throw MockApiException.InvalidBody("/data/attributes", "The body must contain data.attributes."), "/data/attributes/");
    }

    private JObject TokenResource(IssuedToken token) => new()
    {
        ["type"] = "token",
        ["id"] = token.Id,
        ["attributes"] = new JObject
        {
            ["access_token"] = token.AccessToken,
            ["refresh_token"] = token.RefreshToken,
            ["token_type"] = "bearer",
            ["expires_in"] = (long)_tokens.Lifetime.TotalSeconds,
        },
        ["relationships"] = Scope(token.Id),
    };

    // The publisher requires links.related on both relationships (its example: /oauth/token/{id}/groups).
    private JObject Scope(string tokenId)
    {
        var relationships = new JObject();
        if (_shape == TokenScopeShape.Organization)
        {
            relationships["organization"] = Relationships.ToOne("organization", _organizationId);
            relationships["organization"]!["links"] = new JObject { ["related"] = $"/pub/oauth/token/{tokenId}/organization" };
        }

        relationships["groups"] = Relationships.ToMany("group", _store.All("group").Select(g => g.Id));
        relationships["groups"]!["links"] = new JObject { ["related"] = $"/pub/oauth/token/{tokenId}/groups" };
        return relationships;
    }
}
