using System.Net;
using FitbitPlus.Authentication;
using FitbitPlus.Errors;
using FitbitPlus.Tests.Http;

namespace FitbitPlus.Tests.Authentication;

/// <summary>A server echoing the client secret or the access token (issue 14, finding 6): masked in every member and every log line.</summary>
public class EchoedSecretTests
{
    [Test]
    public async Task TokenError_EchoesTheClientSecret_MaskedInEveryMemberAndLog()
    {
        using var harness = new ClientHarness();
        harness.TokenResponder = (_, _) => Task.FromResult(ClientHarness.Json(HttpStatusCode.Unauthorized, Echo(ClientHarness.ClientSecret)));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusAuthenticationException>(() => client.Api.FetchPatientsAsync());

        AssertNowhere(ex!, ClientHarness.ClientSecret);
        Assert.That(ex!.Errors.Single().Detail, Does.Contain("***"), "the rest of the detail is kept");
        AssertNotLogged(harness, ClientHarness.ClientSecret);
    }

    [TestCase(HttpStatusCode.Unauthorized)]
    [TestCase(HttpStatusCode.InternalServerError)]
    public async Task ApiError_EchoesTheAccessToken_MaskedInEveryMemberAndLog(HttpStatusCode status)
    {
        using var harness = new ClientHarness();
        harness.TokenResponder = (_, n) => Task.FromResult(ClientHarness.TokenResponse($"tok-{status}-access-{n}", $"tok-{status}-refresh-{n}", 3600));
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (seen, _) => ClientHarness.Json(status, Echo(seen.Authorization!["Bearer ".Length..])));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync());

        foreach (var token in new[] { $"tok-{status}-access-1", $"tok-{status}-access-2", $"tok-{status}-refresh-1" })
        {
            AssertNowhere(ex!, token);
            AssertNotLogged(harness, token);
        }

        Assert.That(ex!.StatusCode, Is.EqualTo(status));
    }

    [Test]
    public void Exception_ExcerptCutInsideAToken_TheCutOffPartIsMaskedToo()
    {
        using var secrets = new ClientSecrets(null);
        secrets.AddToken("cut-token-0123456789abcdef");

        var ex = new FitbitPlusException("m", HttpStatusCode.OK, null, null, "{\"detail\":\"token cut-token-0123…");

        Assert.That(ex.BodyExcerpt, Is.EqualTo("{\"detail\":\"token ***…"));
    }

    private static string Echo(string secret) =>
        "{\"errors\":[{\"status\":\"" + secret + "\",\"code\":\"Echo-" + secret + "\",\"title\":\"title " + secret + "\",\"detail\":\"you sent " + secret
        + "\",\"source\":{\"pointer\":\"/data/" + secret + "\",\"parameter\":\"p-" + secret + "\"}}],\"meta\":{\"req_id\":\"req-" + secret + "\"}}";

    private static void AssertNowhere(FitbitPlusException ex, string secret)
    {
        var members = new List<string?> { ex.Message, ex.ToString(), ex.BodyExcerpt, ex.RequestId, ex.ErrorCode };
        members.AddRange(ex.Errors.SelectMany(e => new[] { e.Status, e.Code, e.Title, e.Detail, e.SourcePointer, e.SourceParameter }));
        Assert.That(ex.Errors, Is.Not.Empty, "the echo must have been parsed");
        Assert.That(ex.BodyExcerpt, Is.Not.Null);
        Assert.That(members, Has.None.Contains(secret), $"'{secret}' shown by {ex.GetType().Name}");
    }

    private static void AssertNotLogged(ClientHarness harness, string secret)
    {
        var lines = harness.Logs.GetSnapshot().Select(r =>
            r.Message + " " + r.Exception + " " + string.Join(" ", r.StructuredState?.Select(kv => kv.Value) ?? [])).ToList();
        Assert.That(lines, Has.None.Contains(secret));
    }
}
