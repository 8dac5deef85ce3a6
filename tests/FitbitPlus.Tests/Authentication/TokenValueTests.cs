using System.Net;
using FitbitPlus.Authentication;
using FitbitPlus.Tests.Http;

namespace FitbitPlus.Tests.Authentication;

/// <summary>Token values and lifetimes are checked when the token arrives (issue 14, findings 3 and 8).</summary>
public class TokenValueTests
{
    [TestCase("access_token", "zzq\\r\\nX-Injected: 1")]
    [TestCase("access_token", "zzq\\u0000en")]
    [TestCase("refresh_token", "zzr\\r\\nresh")]
    [TestCase("access_token", "zzq en")]
    public async Task TokenEndpoint_TokenWithControlCharacters_ThrowsAuthenticationExceptionWithoutTheValue(string field, string jsonValue)
    {
        using var harness = new ClientHarness();
        var body = ClientHarness.TokenDocument("access-1", "refresh-1", 3600).Replace($"\"{field}\":\"{(field == "access_token" ? "access-1" : "refresh-1")}\"", $"\"{field}\":\"{jsonValue}\"");
        harness.TokenResponder = (_, _) => Task.FromResult(ClientHarness.Json(HttpStatusCode.Created, body));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusAuthenticationException>(() => client.Api.FetchPatientsAsync());

        Assert.That(ex!.Message, Does.Contain("data.attributes." + field).And.Contain("rejected"));
        Assert.That(ex.ToString(), Does.Not.Contain("zzq").And.Not.Contain("zzr").And.Not.Contain("X-Injected"));
        Assert.That(harness.ApiRequests, Is.Empty);
    }

    [TestCase("3600", 3600)]
    [TestCase("\"3600\"", 3600)]
    [TestCase("3600.5", 3600)]
    [TestCase("\"3600.9\"", 3600)]
    [TestCase("31536000", 31536000)]
    public async Task TokenEndpoint_ExpiresInVariants_LifetimeIsTheFlooredSeconds(string expiresIn, int seconds)
    {
        using var harness = new ClientHarness();
        harness.TokenResponder = (_, n) => Task.FromResult(ClientHarness.Json(HttpStatusCode.Created,
            ClientHarness.TokenDocument($"access-{n}", $"refresh-{n}", 1).Replace("\"expires_in\":1", "\"expires_in\":" + expiresIn)));
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        using var client = harness.CreateClient(o => o.RefreshMargin = TimeSpan.Zero);

        await client.Api.FetchPatientsAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(seconds) - TimeSpan.FromMilliseconds(1));
        await client.Api.FetchPatientsAsync();
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        await client.Api.FetchPatientsAsync();

        Assert.That(harness.ApiRequests.Select(r => r.Authorization), Is.EqualTo(new[] { "Bearer access-1", "Bearer access-1", "Bearer access-2" }));
    }

    [TestCase("0", "outside")]
    [TestCase("-5", "outside")]
    [TestCase("0.5", "outside")]
    [TestCase("2147483647", "outside")]
    [TestCase("31536001", "outside")]
    [TestCase("\"soon\"", "not a number")]
    [TestCase("true", "not a number")]
    [TestCase("null", "missing")]
    public async Task TokenEndpoint_AbsurdExpiresIn_ThrowsAuthenticationExceptionNamingTheField(string expiresIn, string problem)
    {
        using var harness = new ClientHarness();
        harness.TokenResponder = (_, _) => Task.FromResult(ClientHarness.Json(HttpStatusCode.Created,
            ClientHarness.TokenDocument("access-1", "refresh-1", 1).Replace("\"expires_in\":1", "\"expires_in\":" + expiresIn)));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusAuthenticationException>(() => client.Api.FetchPatientsAsync());

        Assert.That(ex!.Message, Does.Contain("data.attributes.expires_in").And.Contain(problem));
    }
}
