using System.Net.Http.Headers;
using FitbitPlus.Models;
using FitbitPlus.Mock;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Mock;

public class MockOAuthTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private FitbitPlusMockServer _server = null!;

    [OneTimeSetUp]
    public void StartServer() =>
        _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 5, TimeProvider = _time, TokenLifetime = TimeSpan.FromMinutes(10) });

    [OneTimeTearDown]
    public void StopServer() => _server.Dispose();

    [Test]
    public async Task CreateToken_JsonApiBody_Answers201TokenWithLifetime()
    {
        var token = await MockHttp.TokenAsync(_server);

        Assert.That(token.Value<string>("type"), Is.EqualTo("token"));
        Assert.That(token["attributes"]!.Value<string>("token_type"), Is.EqualTo("bearer"));
        Assert.That(token["attributes"]!.Value<int>("expires_in"), Is.EqualTo(600));
        Assert.That(token["attributes"]!.Value<string>("access_token"), Is.Not.Empty);
        Assert.That(token["attributes"]!.Value<string>("refresh_token"), Is.Not.Empty);
    }

    [Test]
    public async Task CreateToken_FlatApplicationJsonBody_Answers201()
    {
        using var client = MockHttp.Client(_server);
        var body = new JObject { ["grant_type"] = "client_credentials", ["client_id"] = _server.ClientId, ["client_secret"] = _server.ClientSecret };

        using var response = await client.PostAsync("oauth/token", MockHttp.Body(body.ToString(), "application/json"));

        Assert.That((int)response.StatusCode, Is.EqualTo(201));
        Assert.That((await MockHttp.ReadAsync(response))["data"]!.Value<string>("type"), Is.EqualTo("token"));
    }

    [Test]
    public async Task CreateToken_FormUrlEncoded_Answers403JsonApiError()
    {
        using var client = MockHttp.Client(_server);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _server.ClientId,
            ["client_secret"] = _server.ClientSecret,
        });

        using var response = await client.PostAsync("oauth/token", form);
        var document = await MockHttp.ReadAsync(response);

        Assert.That((int)response.StatusCode, Is.EqualTo(403));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(MockHttp.JsonApi));
        Assert.That(MockHttp.FirstError(document).Value<string>("code"), Is.EqualTo("Forbidden"));
        Assert.That(document["meta"]!.Value<string>("req_id"), Is.Not.Empty);
    }

    [Test]
    public async Task CreateToken_WrongSecret_Answers401InvalidCredentials()
    {
        using var client = MockHttp.Client(_server);

        using var response = await client.PostAsync("oauth/token", MockHttp.Body(MockHttp.ClientCredentialsBody(_server, "wrong")));

        Assert.That((int)response.StatusCode, Is.EqualTo(401));
        Assert.That(MockHttp.FirstError(await MockHttp.ReadAsync(response)).Value<string>("code"), Is.EqualTo("InvalidCredentials"));
    }

    [Test]
    public async Task CreateToken_UnknownGrant_AnswersInvalidGrantTypeWithPointer()
    {
        using var client = MockHttp.Client(_server);
        var body = """{"data":{"type":"token","attributes":{"grant_type":"password","client_id":"demo-client"}}}""";

        using var response = await client.PostAsync("oauth/token", MockHttp.Body(body));
        var error = MockHttp.FirstError(await MockHttp.ReadAsync(response));

        Assert.That((int)response.StatusCode, Is.EqualTo(409));
        Assert.That(error.Value<string>("code"), Is.EqualTo("InvalidGrantType"));
        Assert.That(error["source"]!.Value<string>("pointer"), Is.EqualTo("/data/attributes/grant_type"));
    }

    [Test]
    public async Task RefreshToken_UsedTwice_SecondUseAnswers401()
    {
        var refresh = (await MockHttp.TokenAsync(_server))["attributes"]!.Value<string>("refresh_token");
        var body = new JObject { ["data"] = new JObject { ["type"] = "token", ["attributes"] = new JObject { ["grant_type"] = "refresh_token", ["client_id"] = _server.ClientId, ["refresh_token"] = refresh } } }.ToString();
        using var client = MockHttp.Client(_server);

        using var first = await client.PostAsync("oauth/token", MockHttp.Body(body));
        using var second = await client.PostAsync("oauth/token", MockHttp.Body(body));

        Assert.That((int)first.StatusCode, Is.EqualTo(201));
        Assert.That((int)second.StatusCode, Is.EqualTo(401));
        Assert.That(MockHttp.FirstError(await MockHttp.ReadAsync(second)).Value<string>("code"), Is.EqualTo("InvalidCredentials"));
    }

    [Test]
    public async Task AccessToken_AfterItsLifetime_Answers401Unauthorized()
    {
        using var client = await MockHttp.AuthorizedClientAsync(_server);
        var url = $"organization/{_server.Store.OrganizationId}";
        var (before, _) = await MockHttp.GetAsync(client, url);

        _time.Advance(TimeSpan.FromMinutes(10));
        var (after, document) = await MockHttp.GetAsync(client, url);

        Assert.That(before, Is.EqualTo(200));
        Assert.That(after, Is.EqualTo(401));
        Assert.That(MockHttp.FirstError(document).Value<string>("code"), Is.EqualTo("Unauthorized"));
    }

    [TestCase(null)]
    [TestCase("Bearer not-a-token")]
    [TestCase("Basic ZGVtbzpkZW1v")]
    public async Task ApiRoute_WithoutValidBearer_Answers401Unauthorized(string? authorization)
    {
        using var client = MockHttp.Client(_server);
        if (authorization is not null)
        {
            client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        var (status, document) = await MockHttp.GetAsync(client, $"group?filter[organization]={_server.Store.OrganizationId}");

        Assert.That(status, Is.EqualTo(401));
        Assert.That(MockHttp.FirstError(document).Value<string>("code"), Is.EqualTo("Unauthorized"));
    }

    [Test]
    public async Task CreateToken_GeneratedClientWithInclude_IncludesOrganizationAndGroups()
    {
        using var http = MockHttp.Client(_server);
        var client = new FitbitPlusApiClient(http);
        var request = new CreateTokenRequest
        {
            Data = new CreateTokenRequestData
            {
                Type = "token",
                Attributes = new CreateTokenRequestDataAttributes { GrantType = "client_credentials", ClientId = _server.ClientId, ClientSecret = _server.ClientSecret },
            },
        };

        var response = await client.CreateTokenAsync(request, "groups,organization");

        Assert.That(response.Data.Type, Is.EqualTo("token"));
        Assert.That(response.Data.Relationships?.Organization?.Data?.Id, Is.EqualTo(_server.Store.OrganizationId));
        Assert.That(response.Data.Relationships?.Groups?.Data?.Select(g => g.Id), Is.EquivalentTo(_server.Store.GroupIds));
        Assert.That(response.Included?.Select(i => (i.Type, i.Id)), Is.EquivalentTo(
            _server.Store.GroupIds.Select(g => ("group", g)).Append(("organization", _server.Store.OrganizationId))));
    }

    [Test]
    public async Task TokenRelatedRoutes_GeneratedClient_AnswerTheTokensOrganizationAndGroups()
    {
        var token = await MockHttp.TokenAsync(_server);
        using var http = MockHttp.Client(_server);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["attributes"]!.Value<string>("access_token"));
        var client = new FitbitPlusApiClient(http);

        var organization = await client.FetchTokenOrganizationAsync(token.Value<string>("id")!);
        var groups = await client.FetchTokenGroupsAsync(token.Value<string>("id")!, pageLimit: 2);

        Assert.That(organization.Data.Id, Is.EqualTo(_server.Store.OrganizationId));
        Assert.That(groups.Data.Select(g => g.Id), Is.EqualTo(_server.Store.GroupIds.Take(2)));
        Assert.That(groups.Meta?.Count, Is.EqualTo(_server.Store.GroupIds.Count));
    }
}
