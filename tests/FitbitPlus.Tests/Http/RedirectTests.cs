using System.Net;
using FitbitPlus.Authentication;
using FitbitPlus.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace FitbitPlus.Tests.Http;

/// <summary>Redirects over real sockets: origin A is the API, origin B a host the secret and the bearer must never reach.</summary>
public class RedirectTests
{
    private const string Secret = "redirect-secret-7c41";
    private WireMockServer _api = null!;
    private WireMockServer _other = null!;

    [SetUp]
    public void StartServers()
    {
        _api = Start();
        _other = Start();
        _other.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", ClientHarness.JsonApi).WithBody(ClientHarness.TokenDocument("stolen", "stolen", 3600)));
    }

    [TearDown]
    public void StopServers()
    {
        _api.Stop();
        _api.Dispose();
        _other.Stop();
        _other.Dispose();
    }

    [TestCase(301)]
    [TestCase(302)]
    [TestCase(307)]
    [TestCase(308)]
    public async Task TokenRequest_RedirectToOtherOrigin_RefusedAndSecretNotSent(int status)
    {
        RedirectToken(status, Url(_other, "/pub/oauth/token"));
        using var client = CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusAuthenticationException>(() => client.GetCredentialsScopeAsync());

        Assert.That(ex!.Message, Does.Contain(status.ToString()).And.Contain(Origin(_other)).And.Not.Contain(Secret));
        Assert.That(ex.StatusCode, Is.EqualTo((HttpStatusCode)status));
        Assert.That(_other.LogEntries, Is.Empty, "the other origin must receive nothing");
    }

    [TestCase(307)]
    [TestCase(308)]
    public async Task TokenRequest_RedirectToOtherOrigin_RefusedThroughAddFitbitPlus(int status)
    {
        RedirectToken(status, Url(_other, "/pub/oauth/token"));
        var services = new ServiceCollection();
        services.AddFitbitPlus(Configure);
        using var provider = services.BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<FitbitPlusAuthenticationException>(() => provider.GetRequiredService<FitbitPlusClient>().GetCredentialsScopeAsync());

        Assert.That(ex!.Message, Does.Contain(Origin(_other)));
        Assert.That(_other.LogEntries, Is.Empty, "the other origin must receive nothing");
    }

    [TestCase(307)]
    [TestCase(308)]
    public async Task TokenRequest_RedirectWithinOrigin_FollowedWithTheSameBody(int status)
    {
        RedirectToken(status, Url(_api, "/pub/oauth/moved"));
        _api.Given(Request.Create().WithPath("/pub/oauth/moved").UsingPost()).RespondWith(Response.Create().WithStatusCode(201)
            .WithHeader("Content-Type", ClientHarness.JsonApi).WithBody(ClientHarness.TokenDocument("access-1", "refresh-1", 3600)));
        using var client = CreateClient();

        var scope = await client.GetCredentialsScopeAsync();

        Assert.That(scope.OrganizationId, Is.EqualTo("org-42"));
        var moved = _api.LogEntries.Single(e => e.RequestMessage?.Path == "/pub/oauth/moved");
        Assert.That(moved.RequestMessage?.Body, Does.Contain(Secret), "307/308 keep the body");
    }

    [TestCase(301)]
    [TestCase(302)]
    [TestCase(307)]
    [TestCase(308)]
    public async Task ApiRequest_RedirectToOtherOrigin_RefusedAndBearerNotSent(int status)
    {
        ServeToken();
        RedirectPatients(status, Url(_other, "/pub/patient?page[limit]=0"));
        using var client = CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => client.CountAsync("patient"));

        Assert.That(ex, Is.Not.InstanceOf<FitbitPlusAuthenticationException>());
        Assert.That(ex!.Message, Does.Contain(status.ToString()).And.Contain(Origin(_other)).And.Not.Contain("access-1"));
        Assert.That(_other.LogEntries, Is.Empty, "the other origin must receive nothing");
    }

    [Test]
    public async Task ApiRequest_RedirectToOtherOrigin_RefusedThroughAddFitbitPlus()
    {
        ServeToken();
        RedirectPatients(302, Url(_other, "/pub/patient?page[limit]=0"));
        var services = new ServiceCollection();
        services.AddFitbitPlus(Configure);
        using var provider = services.BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => provider.GetRequiredService<FitbitPlusClient>().CountAsync("patient"));

        Assert.That(ex!.Message, Does.Contain(Origin(_other)));
        Assert.That(_other.LogEntries, Is.Empty, "the other origin must receive nothing");
    }

    [TestCase(301)]
    [TestCase(302)]
    [TestCase(307)]
    [TestCase(308)]
    public async Task ApiRequest_RedirectWithinOrigin_FollowedWithTheSameBearer(int status)
    {
        ServeToken();
        RedirectPatients(status, "/pub/moved?page[limit]=0");
        _api.Given(Request.Create().WithPath("/pub/moved").UsingGet().WithHeader("Authorization", "Bearer access-1"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", ClientHarness.JsonApi).WithBody("""{"data":[],"meta":{"count":3}}"""));
        using var client = CreateClient();

        var count = await client.CountAsync("patient");

        Assert.That(count, Is.EqualTo(3));
    }

    [Test]
    public async Task ApiRequest_EndlessRedirectsWithinOrigin_StopsAfterTheBound()
    {
        ServeToken();
        RedirectPatients(302, "/pub/patient?page[limit]=0");
        using var client = CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => client.CountAsync("patient"));

        Assert.That(ex!.Message, Does.Contain("more than 5"));
        Assert.That(_api.LogEntries.Count(e => e.RequestMessage?.Path == "/pub/patient"), Is.EqualTo(6));
    }

    private static WireMockServer Start() => WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });

    private static string Origin(WireMockServer server) => $"http://127.0.0.1:{server.Ports[0]}";

    private static string Url(WireMockServer server, string pathAndQuery) => Origin(server) + pathAndQuery;

    private void Configure(FitbitPlusClientOptions o)
    {
        o.BaseAddress = new Uri(Url(_api, "/pub/"));
        o.ClientId = "client";
        o.ClientSecret = Secret;
        o.MaxRetryAttempts = 0;
    }

    private FitbitPlusClient CreateClient()
    {
        var options = new FitbitPlusClientOptions();
        Configure(options);
        return new FitbitPlusClient(options);
    }

    private void RedirectToken(int status, string location) =>
        _api.Given(Request.Create().WithPath("/pub/oauth/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Location", location));

    private void ServeToken() =>
        _api.Given(Request.Create().WithPath("/pub/oauth/token").UsingPost()).RespondWith(Response.Create().WithStatusCode(201)
            .WithHeader("Content-Type", ClientHarness.JsonApi).WithBody(ClientHarness.TokenDocument("access-1", "refresh-1", 3600)));

    private void RedirectPatients(int status, string location) =>
        _api.Given(Request.Create().WithPath("/pub/patient").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Location", location));
}
