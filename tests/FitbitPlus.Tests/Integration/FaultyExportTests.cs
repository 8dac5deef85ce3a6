using FitbitPlus.Models;
using FitbitPlus.Mock;
using FitbitPlus.Paging;

namespace FitbitPlus.Tests.Integration;

/// <summary>
/// Exports of 2 000 patients while the mock injects transient faults (429 with Retry-After: 1, 503, connection reset,
/// truncated body) into 15 % of the requests: retries must hide every fault without losing or repeating a resource.
/// </summary>
[NonParallelizable]
public class FaultyExportTests
{
    private const int PatientCount = 2000;
    private const int PageSize = 50;
    private const double FaultRate = 0.15;
    private FitbitPlusMockServer _server = null!;
    private FitbitPlusClient _client = null!;
    private CollectionQuery _organization = null!;

    [OneTimeSetUp]
    public async Task StartMockAndClient()
    {
        _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = PatientCount, ExemptOAuthFromFaults = true });
        _client = new FitbitPlusClient(new FitbitPlusClientOptions
        {
            BaseAddress = _server.BaseAddress,
            ClientId = _server.ClientId,
            ClientSecret = _server.ClientSecret,
            // At 15 % a request fails 10 times in a row with probability 0.15^10 ≈ 6e-9; 429s still wait their Retry-After.
            MaxRetryAttempts = 10,
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            RetryTotalTimeout = TimeSpan.FromSeconds(20),
        });
        var scope = await _client.GetCredentialsScopeAsync(); // the token is cached before faults start (and lasts an hour)
        _organization = new CollectionQuery();
        _organization.Filters["organization"] = scope.OrganizationId!;
    }

    [OneTimeTearDown]
    public void StopMockAndClient()
    {
        _client.Dispose();
        _server.Dispose();
    }

    [TearDown]
    public void ClearFaults() => _server.Faults.Reset();

    [TestCase(0)]
    [TestCase(2)]
    public async Task ListAsync_2000PatientsAt15PercentFaults_EveryPatientExactlyOnceAndReportComplete(int readAheadPages)
    {
        var pager = _client.Patients.ListAsync(
            organization: _organization.Filters["organization"],
            paging: new PagingOptions { Limit = PageSize, ReadAheadPages = readAheadPages });
        var injectedBefore = _server.Faults.InjectedCount;
        var requestsBefore = _server.RequestCount;
        // Every kind once for certain (the first page needs at least five attempts), then 15 % at random: the random draws
        // alone could leave 20 requests unharmed (0.85^20 ≈ 4 %), and the test must prove faults were survived.
        ScriptOneFaultOfEachKind();
        _server.Faults.Rate = FaultRate;

        var ids = await AsyncCollect.ListAsync(Ids(pager));
        _server.Faults.Rate = 0;

        var injected = _server.Faults.InjectedCount - injectedBefore;
        var report = pager.LastReport!;
        Assert.That(injected, Is.GreaterThanOrEqualTo(Enum.GetValues<MockFaultKind>().Length), "faults were injected");
        Assert.That(_server.RequestCount - requestsBefore, Is.EqualTo(PatientCount / PageSize + injected), "each fault cost exactly one more request");
        Assert.That(ids, Has.Count.EqualTo(PatientCount));
        Assert.That(ids.Distinct().Count(), Is.EqualTo(PatientCount), "no patient twice");
        Assert.That(ids, Is.EqualTo(_server.Store.PatientIds), "no patient lost, creation order kept");
        Assert.That(report.ExpectedCount, Is.EqualTo(PatientCount), "meta.count");
        Assert.That(report.Yielded, Is.EqualTo(report.ExpectedCount));
        Assert.That(report.Pages, Is.EqualTo(PatientCount / PageSize));
        Assert.That(report.Duplicates, Is.Zero);
        Assert.That(report.IsComplete, Is.True, report.ToString());
    }

    [Test]
    public async Task CountAsync_AfterReadsUnderFaults_StillCountsEveryPatientAndStoreUnchanged()
    {
        string[] sample = [_server.Store.PatientIds[0], _server.Store.PatientIds[999], _server.Store.PatientIds[PatientCount - 1]];
        var before = sample.Select(id => _server.Store.Find("patient", id)!.ToString()).ToList();
        var eventsBefore = _server.Store.Count("calendar_event");
        var injectedBefore = _server.Faults.InjectedCount;
        _server.Faults.Rate = FaultRate;

        // Reads under faults: a skip-paged export by name, single fetches and a count.
        ScriptOneFaultOfEachKind();
        var pager = _client.EnumerateJsonAsync("patient", _organization, new PagingOptions { Size = PageSize });
        var exported = 0;
        await foreach (var _ in pager)
        {
            exported++;
        }

        foreach (var id in _server.Store.PatientIds.Where((_, i) => i % 100 == 0))
        {
            var fetched = await _client.Api.FetchPatientAsync(id);
            Assert.That(fetched.Data.Id, Is.EqualTo(id));
        }

        _server.Faults.FailNext(1, MockFaultKind.TruncatedBody); // the count itself meets a fault
        var countUnderFaults = await _client.CountAsync("patient", _organization);
        var injected = _server.Faults.InjectedCount - injectedBefore;
        _server.Faults.Rate = 0;
        var countAfter = await _client.CountAsync("patient", _organization);

        Assert.That(injected, Is.GreaterThanOrEqualTo(Enum.GetValues<MockFaultKind>().Length + 1), "faults were injected");
        Assert.That(exported, Is.EqualTo(PatientCount));
        Assert.That(pager.LastReport!.IsComplete, Is.True, pager.LastReport.ToString());
        Assert.That(countUnderFaults, Is.EqualTo(PatientCount));
        Assert.That(countAfter, Is.EqualTo(PatientCount));
        Assert.That(_server.Store.Count("patient"), Is.EqualTo(PatientCount));
        Assert.That(_server.Store.Count("calendar_event"), Is.EqualTo(eventsBefore));
        Assert.That(sample.Select(id => _server.Store.Find("patient", id)!.ToString()), Is.EqualTo(before), "reads changed no patient");
    }

    private void ScriptOneFaultOfEachKind()
    {
        foreach (var kind in Enum.GetValues<MockFaultKind>())
        {
            _server.Faults.FailNext(1, kind);
        }
    }

    private static async IAsyncEnumerable<string> Ids(CollectionPager<FetchPatientsResponse, PatientResource> pager)
    {
        await foreach (var patient in pager)
        {
            yield return patient.Id!;
        }
    }
}
