using System.Net;
using FitbitPlus.Authentication;
using FitbitPlus.Tests.Http;

namespace FitbitPlus.Tests.Authentication;

/// <summary>
/// A client's secret stays masked for the client's whole life, however many tokens it or any other client renewed
/// (issue 20, finding 1: a process-wide list of the last 64 values forgot the secret after 32 renewals).
/// </summary>
public class LongLivedMaskingTests
{
    private const int Renewals = 1000;

    [Test]
    public async Task Exception_After1000RenewalsHereAndInAnotherClient_MasksSecretAndCurrentAndPreviousTokens()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        using var first = new ClientHarness();
        using var second = new ClientHarness();
        first.TokenResponder = (_, n) => Task.FromResult(ClientHarness.TokenResponse($"first-{run}-access-{n}", $"first-{run}-refresh-{n}", 2));
        second.TokenResponder = (_, n) => Task.FromResult(ClientHarness.TokenResponse($"second-{run}-access-{n}", $"second-{run}-refresh-{n}", 2));
        string[] Secrets(int n) => [$"first-secret-{run}-Zq81", $"first-{run}-access-{n}", $"first-{run}-refresh-{n}", $"first-{run}-access-{n - 1}", $"first-{run}-refresh-{n - 1}"];
        first.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) =>
            ClientHarness.Json(HttpStatusCode.BadRequest, Echo(string.Join(" ", Secrets(first.TokenRequests.Count)))));
        using var client = first.CreateClient(o => o.ClientSecret = $"first-secret-{run}-Zq81");
        using var other = second.CreateClient(o => o.ClientSecret = $"second-secret-{run}-Zq81");

        await RenewAsync(client, first);
        var afterOwnRenewals = await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync());
        await RenewAsync(other, second);
        var afterOtherRenewals = await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync());

        Assert.That(first.TokenRequests, Has.Count.EqualTo(Renewals + 1));
        Assert.That(second.TokenRequests, Has.Count.EqualTo(Renewals + 1));
        foreach (var secret in Secrets(Renewals + 1))
        {
            AssertMaskedEverywhere(afterOwnRenewals!, secret);
            AssertMaskedEverywhere(afterOtherRenewals!, secret);
        }
    }

    // Each step passes the renewal point of the 2 s token (half its lifetime), so every call renews it.
    private static async Task RenewAsync(FitbitPlusClient client, ClientHarness harness)
    {
        await client.GetCredentialsScopeAsync();
        for (var i = 0; i < Renewals; i++)
        {
            harness.Time.Advance(TimeSpan.FromSeconds(1));
            await client.GetCredentialsScopeAsync();
        }
    }

    private static string Echo(string secrets) =>
        "{\"errors\":[{\"status\":\"" + secrets + "\",\"code\":\"Echo " + secrets + "\",\"title\":\"title " + secrets + "\",\"detail\":\"you sent " + secrets
        + "\",\"source\":{\"pointer\":\"/data/" + secrets + "\",\"parameter\":\"p " + secrets + "\"}}],\"meta\":{\"req_id\":\"req " + secrets + "\"}}";

    private static void AssertMaskedEverywhere(FitbitPlusException ex, string secret)
    {
        var members = new List<string?> { ex.Message, ex.ToString(), ex.BodyExcerpt, ex.RequestId, ex.ErrorCode };
        members.AddRange(ex.Errors.SelectMany(e => new[] { e.Status, e.Code, e.Title, e.Detail, e.SourcePointer, e.SourceParameter }));
        Assert.That(ex.Errors, Has.Count.EqualTo(1), "the echo must have been parsed");
        Assert.That(ex.RequestId, Does.StartWith("req ***"));
        Assert.That(members, Has.None.Contains(secret), $"'{secret}' shown");
    }
}
