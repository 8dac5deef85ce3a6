using System.Net;
using System.Text;
using FitbitPlus.Authentication;
using FitbitPlus.Tests.Http;

namespace FitbitPlus.Tests.Authentication;

public class TokenLifecycleTests
{
    private ClientHarness _harness = null!;

    [SetUp]
    public void SetUp()
    {
        _harness = new ClientHarness();
        _harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
    }

    [TearDown]
    public async Task TearDown() => _harness.Dispose();

    [Test]
    public async Task Api_TwoCalls_RequestOneToken()
    {
        using var client = _harness.CreateClient();

        await client.Api.FetchPatientsAsync();
        await client.Api.FetchPatientsAsync();

        Assert.That(_harness.TokenRequests, Has.Count.EqualTo(1));
        Assert.That(_harness.ApiRequests.Select(r => r.Authorization), Is.All.EqualTo("Bearer access-1"));
    }

    [Test]
    public async Task Api_CallAtRefreshMargin_RenewsWithRefreshTokenBeforeExpiry()
    {
        using var client = _harness.CreateClient(o => o.RefreshMargin = TimeSpan.FromSeconds(60));
        await client.Api.FetchPatientsAsync();

        _harness.Time.Advance(TimeSpan.FromSeconds(3539));
        await client.Api.FetchPatientsAsync();
        Assert.That(_harness.TokenRequests, Has.Count.EqualTo(1), "renewed too early");

        _harness.Time.Advance(TimeSpan.FromSeconds(2)); // 59 s before expiry: inside the margin
        await client.Api.FetchPatientsAsync();

        var refresh = _harness.TokenRequests.Last();
        Assert.Multiple(() =>
        {
            Assert.That(_harness.TokenRequests, Has.Count.EqualTo(2));
            Assert.That(refresh.Body, Is.EqualTo(Encoding.UTF8.GetBytes(
                """{"data":{"type":"token","attributes":{"grant_type":"refresh_token","client_id":"client-id-123","refresh_token":"refresh-1"}}}""")));
            Assert.That(refresh.ContentType, Is.EqualTo("application/vnd.api+json"));
            Assert.That(_harness.ApiRequests.Last().Authorization, Is.EqualTo("Bearer access-2"));
        });
    }

    [Test]
    public async Task Api_ExpiresInShorterThanMargin_RenewsAtHalfLifetimeNotOnEveryCall()
    {
        _harness.TokenResponder = (_, n) => Task.FromResult(ClientHarness.TokenResponse($"access-{n}", $"refresh-{n}", 30));
        using var client = _harness.CreateClient(o => o.RefreshMargin = TimeSpan.FromSeconds(60));
        await client.Api.FetchPatientsAsync();
        await client.Api.FetchPatientsAsync();

        _harness.Time.Advance(TimeSpan.FromSeconds(14));
        await client.Api.FetchPatientsAsync();
        Assert.That(_harness.TokenRequests, Has.Count.EqualTo(1));

        _harness.Time.Advance(TimeSpan.FromSeconds(2));
        await client.Api.FetchPatientsAsync();
        Assert.That(_harness.TokenRequests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Api_RefreshRejected_FallsBackToClientCredentials()
    {
        _harness.TokenResponder = (seen, n) => Task.FromResult(seen.BodyText.Contains("\"refresh_token\"", StringComparison.Ordinal)
            ? ClientHarness.ErrorResponse(HttpStatusCode.Unauthorized, "InvalidGrantType")
            : ClientHarness.TokenResponse($"access-{n}", $"refresh-{n}", 3600));
        using var client = _harness.CreateClient();
        await client.Api.FetchPatientsAsync();

        _harness.Time.Advance(TimeSpan.FromSeconds(3590));
        await client.Api.FetchPatientsAsync();

        var grants = _harness.TokenRequests.Select(r => r.BodyText.Contains("refresh_token", StringComparison.Ordinal) ? "refresh" : "client").ToList();
        Assert.That(grants, Is.EqualTo(new[] { "client", "refresh", "client" }));
        Assert.That(_harness.ApiRequests.Last().Authorization, Is.EqualTo("Bearer access-3"));
    }

    [Test]
    public async Task GetToken_FailureIsNotCached_NextCallRequestsAgain()
    {
        _harness.TokenResponder = (_, n) => Task.FromResult(n == 1
            ? ClientHarness.ErrorResponse(HttpStatusCode.Unauthorized, "InvalidCredentials")
            : ClientHarness.TokenResponse("access-ok", "refresh-ok", 3600));
        using var client = _harness.CreateClient();

        await Assert.ThrowsAsync<FitbitPlusAuthenticationException>(() => client.Api.FetchPatientsAsync());
        await client.Api.FetchPatientsAsync();

        Assert.That(_harness.TokenRequests, Has.Count.EqualTo(2));
        Assert.That(_harness.ApiRequests.Single().Authorization, Is.EqualTo("Bearer access-ok"));
    }

    [Test]
    public async Task GetCredentialsScope_RefreshAnswerWithoutIncludes_KeepsTheKnownScope()
    {
        _harness.TokenResponder = (_, n) => Task.FromResult(n == 1
            ? ClientHarness.TokenResponse("access-1", "refresh-1", 3600, "org-42", "grp-1")
            : ClientHarness.TokenResponse("access-2", "refresh-2", 3600, organization: null));
        using var client = _harness.CreateClient();
        await client.GetCredentialsScopeAsync();

        _harness.Time.Advance(TimeSpan.FromSeconds(3590));
        var scope = await client.GetCredentialsScopeAsync();

        Assert.That(_harness.TokenRequests, Has.Count.EqualTo(2));
        Assert.That(scope.OrganizationId, Is.EqualTo("org-42"));
        Assert.That(scope.GroupIds, Is.EqualTo(new[] { "grp-1" }));
    }
}
