using FitbitPlus.Mock.Authentication;
using FitbitPlus.Mock.Filtering;
using FitbitPlus.Mock.JsonApi;
using FitbitPlus.Mock.Routing;
using FitbitPlus.Mock.Store;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Handlers;

/// <summary>
/// Routes a request to the generic handlers after the checks every operation shares (bearer token,
/// content type, JSON body). Every failure becomes a JSON:API error document; nothing escapes as a 500 page.
/// </summary>
internal sealed class MockEngine
{
    private readonly TokenRegistry _tokens;
    private readonly TokenHandler _tokenHandler;
    private readonly ReadHandler _reads;
    private readonly WriteHandler _writes;
    private readonly IReadOnlyList<RouteDefinition> _routes;

    /// <summary>Creates the engine.</summary>
    public MockEngine(ResourceStore store, TokenRegistry tokens, EngineSettings settings)
    {
        _tokens = tokens;
        _routes = settings.Routes ?? SpecRoutes.Embedded;
        _tokenHandler = new TokenHandler(tokens, store, settings.ClientId, settings.ClientSecret, settings.OrganizationId, settings.TokenScopeShape);
        var filters = new FilterEvaluator(new ResourceGraph(store), settings.OrganizationId);
        _reads = new ReadHandler(store, filters, settings.DefaultPageSize, settings.MaxPageSize);
        _writes = new WriteHandler(store, settings.TimeProvider);
    }

    /// <summary>Answers one request.</summary>
    public MockResponse Handle(MockRequest request, string requestId)
    {
        try
        {
            var match = Router.Match(request.Method, request.Path, _routes);
            var isToken = match.Route.Kind == RouteKind.Token;
            if (!isToken && !_tokens.IsValid(request.Authorization))
            {
                throw new MockApiException(401, ErrorCodes.Unauthorized, "A valid bearer token is required.");
            }

            var body = request.Method is "POST" or "PATCH" or "PUT" ? ReadBody(request, isToken) : null;
            var context = new RequestContext(request, match, requestId, body);
            return match.Route.Kind switch
            {
                RouteKind.Token => _tokenHandler.Handle(context),
                RouteKind.List => _reads.List(context),
                RouteKind.Fetch => _reads.Fetch(context),
                RouteKind.RelatedCollection => _reads.RelatedCollection(context),
                RouteKind.RelatedSingle => _reads.RelatedSingle(context),
                RouteKind.Create => _writes.Create(context),
                RouteKind.Update => _writes.Update(context),
                RouteKind.Upsert => _writes.Upsert(context),
                RouteKind.Delete => _writes.Delete(context),
                _ => throw new InvalidOperationException($"No handler for {match.Route.Kind}."),
            };
        }
        catch (MockApiException error)
        {
            return Documents.Error(requestId, error);
        }
#pragma warning disable CA1031 // A mock bug must still answer a JSON:API document, never WireMock's text page.
        catch (Exception unexpected)
#pragma warning restore CA1031
        {
            return Documents.Error(requestId, new MockApiException(500, ErrorCodes.InternalError, "Mock failure: " + unexpected.Message));
        }
    }

    private static JObject ReadBody(MockRequest request, bool isToken)
    {
        var media = request.MediaType;
        var accepted = media == MockResponse.JsonApiMediaType || (isToken && media == "application/json");
        if (!accepted)
        {
            var expected = isToken ? "application/vnd.api+json (or application/json)" : "application/vnd.api+json";
            throw new MockApiException(403, ErrorCodes.Forbidden, $"Content-Type must be {expected}, not '{request.ContentType ?? "(none)"}'.");
        }

        if (string.IsNullOrWhiteSpace(request.Body))
        {
            throw new MockApiException(409, ErrorCodes.InvalidBodyParameter, "The request body is empty.", pointer: string.Empty);
        }

        try
        {
            // Dates stay strings: the store keeps what clients sent, byte for byte.
            using var reader = new JsonTextReader(new StringReader(request.Body)) { DateParseHandling = DateParseHandling.None };
            var token = JToken.ReadFrom(reader);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    throw new JsonReaderException("Additional content after the JSON document.");
                }
            }

            return token as JObject ?? throw new MockApiException(409, ErrorCodes.InvalidBodyParameter, "The body must be a JSON object.", pointer: string.Empty);
        }
        catch (JsonReaderException error)
        {
            throw new MockApiException(409, ErrorCodes.InvalidBodyParameter, "The body is not valid JSON: " + error.Message, pointer: string.Empty);
        }
    }
}
