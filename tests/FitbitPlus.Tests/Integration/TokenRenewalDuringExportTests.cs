using System.Net;
using FitbitPlus.Mock;
using FitbitPlus.Paging;
using Microsoft.Extensions.Time.Testing;

namespace FitbitPlus.Tests.Integration;

/// <summary>
/// An export that outlives several access tokens: the mock issues 2-second tokens, the client renews them 1 second
/// early, and a slow consumer keeps the export running for about 7 seconds. The mock and the client share one fake
/// clock, which the consumer advances per patient: the whole renewal loop runs end to end over real sockets, with
/// token expiry checked by the mock, without sleeping or measuring wall-clock time.
/// </summary>
[NonParallelizable]
public class TokenRenewalDuringExportTests
{
    private const int PatientCount = 60;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private FitbitPlusMockServer _server = null!;

    [OneTimeSetUp]
    public void StartMock() =>
        _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = PatientCount, TokenLifetime = TimeSpan.FromSeconds(2), TimeProvider = _time });

    [OneTimeTearDown]
    public void StopMock() => _server.Dispose();

    [Test]
    public async Task ListAsync_TwoSecondTokensDuringSevenSecondExport_RenewedByRefreshTokenAndNoCallFails()
    {
        using var recorder = new TokenRecordingHandler();
        using var client = new FitbitPlusClient(Options(), recorder);

        var start = _time.GetUtcNow();
        var (ids, report) = await ExportSlowlyAsync(client, pageSize: 4, delayPerPatient: TimeSpan.FromMilliseconds(120));
        var elapsed = _time.GetUtcNow() - start;

        var tokens = recorder.TokenExchanges;
        var api = recorder.ApiExchanges;
        Assert.That(ids, Is.EqualTo(_server.Store.PatientIds), "every patient once, in order");
        Assert.That(report.IsComplete, Is.True, report.ToString());
        Assert.That(elapsed, Is.GreaterThan(TimeSpan.FromSeconds(6)), "the export must outlive three token lifetimes (fake clock)");
        Assert.That(tokens[0].GrantType, Is.EqualTo("client_credentials"));
        Assert.That(tokens.Count(t => t.GrantType == "client_credentials"), Is.EqualTo(1), "refreshing never fell back to the client secret");
        Assert.That(tokens.Count(t => t.GrantType == "refresh_token"), Is.GreaterThanOrEqualTo(4), "about one renewal per second of export");
        Assert.That(tokens.Select(t => t.Status), Is.All.EqualTo(HttpStatusCode.Created));
        Assert.That(api, Has.Count.EqualTo(PatientCount / 4), "one request per page: nothing was retried");
        Assert.That(api.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.OK), "renewed before expiry: the mock never answered 401");
        Assert.That(api.Select(a => a.Bearer).Distinct().Count(), Is.EqualTo(tokens.Count), "every renewed token was put to use");
    }

    [Test]
    public async Task ListAsync_RefreshTokenRejectedMidExport_ClientCredentialsAgainAndExportCompletes()
    {
        using var recorder = new TokenRecordingHandler();
        using var client = new FitbitPlusClient(Options(), recorder);
        recorder.StealNextRefreshToken();

        var (ids, report) = await ExportSlowlyAsync(client, pageSize: 6, delayPerPatient: TimeSpan.FromMilliseconds(60));

        var tokens = recorder.TokenExchanges;
        Assert.That(ids, Is.EqualTo(_server.Store.PatientIds));
        Assert.That(report.IsComplete, Is.True, report.ToString());
        Assert.That(tokens.Take(3).Select(t => (t.GrantType, t.Status, t.Stolen)), Is.EqualTo(new[]
        {
            ("client_credentials", HttpStatusCode.Created, false),
            ("refresh_token", HttpStatusCode.Unauthorized, true),
            ("client_credentials", HttpStatusCode.Created, false),
        }));
        Assert.That(tokens.Skip(3).Select(t => (t.GrantType, t.Status)), Is.Not.Empty.And.All.EqualTo(("refresh_token", HttpStatusCode.Created)),
            "the new token's refresh token is used for later renewals");
        Assert.That(recorder.ApiExchanges.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.OK));
    }

    private FitbitPlusClientOptions Options() => new()
    {
        BaseAddress = _server.BaseAddress,
        ClientId = _server.ClientId,
        ClientSecret = _server.ClientSecret,
        RefreshMargin = TimeSpan.FromSeconds(1),
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        TimeProvider = _time,
    };

    private async Task<(List<string> Ids, PagingReport Report)> ExportSlowlyAsync(FitbitPlusClient client, int pageSize, TimeSpan delayPerPatient)
    {
        var scope = await client.GetCredentialsScopeAsync();
        var pager = client.Patients.ListAsync(organization: scope.OrganizationId, paging: new PagingOptions { Limit = pageSize });
        var ids = new List<string>();
        await foreach (var patient in pager)
        {
            ids.Add(patient.Id!);
            _time.Advance(delayPerPatient); // a slow consumer (e.g. writing to an EMR) keeps the export alive across tokens
        }

        return (ids, pager.LastReport!);
    }
}
