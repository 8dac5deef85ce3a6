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
    [TestCase("1", 1)]
    [TestCase("31536000", 31536000)]
    public async Task TokenEndpoint_ExpiresInInteger_IsTheLifetimeInSeconds(string expiresIn, int seconds)
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
    [TestCase("0.5", "not a JSON integer")]
    [TestCase("2147483647", "outside")]
    [TestCase("31536001", "outside")]
    [TestCase("\"soon\"", "not a JSON integer")]
    [TestCase("true", "not a JSON integer")]
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

    /// <summary>RFC 6749 §5.1 types, applied where this API puts the fields (data.attributes; issue 20, finding 4).</summary>
    [TestCase("\"expires_in\":1", "\"expires_in\":\"3607\"", "expires_in", "3607")]
    [TestCase("\"expires_in\":1", "\"expires_in\":3607.5", "expires_in", "3607")]
    [TestCase("\"expires_in\":1", "\"expires_in\":3607.0", "expires_in", "3607")]
    [TestCase("\"access_token\":\"access-1\"", "\"access_token\":98765432", "access_token", "98765432")]
    [TestCase("\"access_token\":\"access-1\"", "\"access_token\":[\"zzq-in-array\"]", "access_token", "zzq-in-array")]
    [TestCase("\"refresh_token\":\"refresh-1\"", "\"refresh_token\":98765432", "refresh_token", "98765432")]
    [TestCase(",\"token_type\":\"bearer\"", "", "token_type", "bearer\"")]
    [TestCase("\"token_type\":\"bearer\"", "\"token_type\":null", "token_type", "null")]
    [TestCase("\"token_type\":\"bearer\"", "\"token_type\":\"mac\"", "token_type", "mac")]
    [TestCase("\"token_type\":\"bearer\"", "\"token_type\":7", "token_type", "7")]
    public async Task TokenEndpoint_FieldBreaksRfc6749_ThrowsAuthenticationExceptionNamingTheFieldNotItsValue(string original, string replacement, string field, string value)
    {
        using var harness = new ClientHarness();
        var body = ClientHarness.TokenDocument("access-1", "refresh-1", 1);
        Assert.That(body, Does.Contain(original));
        harness.TokenResponder = (_, _) => Task.FromResult(ClientHarness.Json(HttpStatusCode.Created, body.Replace(original, replacement)));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusAuthenticationException>(() => client.Api.FetchPatientsAsync());

        Assert.That(ex!.Message, Does.Contain("data.attributes." + field));
        Assert.That(ex.Message, Does.Not.Contain(value));
        Assert.That(ex.BodyExcerpt, Is.Null);
        Assert.That(harness.ApiRequests, Is.Empty);
    }

    [TestCase("BEARER")]
    [TestCase("Bearer")]
    public async Task TokenEndpoint_TokenTypeBearerInAnyCase_IsAccepted(string tokenType)
    {
        using var harness = new ClientHarness();
        harness.TokenResponder = (_, _) => Task.FromResult(ClientHarness.Json(HttpStatusCode.Created,
            ClientHarness.TokenDocument("access-1", "refresh-1", 3600).Replace("\"token_type\":\"bearer\"", $"\"token_type\":\"{tokenType}\"")));
        using var client = harness.CreateClient();

        var scope = await client.GetCredentialsScopeAsync();

        Assert.That(scope.OrganizationId, Is.EqualTo("org-42"));
    }
}
