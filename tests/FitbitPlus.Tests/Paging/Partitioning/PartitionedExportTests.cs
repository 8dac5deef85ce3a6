using FitbitPlus.Mock;
using FitbitPlus.Paging;
using FitbitPlus.Tests.Integration;
using FitbitPlus.Tests.Sync;

namespace FitbitPlus.Tests.Paging.Partitioning;

/// <summary>
/// The partitioned export against the mock with a little latency, so windows really overlap in time: every id exactly
/// once, also while a writer moves patients between windows, with 429s, and the sequential fallback.
/// </summary>
[NonParallelizable]
public class PartitionedExportTests
{
    private const int Patients = 240;
    private FitbitPlusMockServer _server = null!;
    private FitbitPlusClient _client = null!;
    private string _organization = null!;

    [OneTimeSetUp]
    public async Task StartMockAndClient()
    {
        _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = Patients, Latency = TimeSpan.FromMilliseconds(3) });
        var options = FacadeFixture.OptionsFor(_server);
        options.MaxRetryAttempts = 0; // 429s reach the partitioned export itself
        _client = new FitbitPlusClient(options);
        _organization = (await _client.GetCredentialsScopeAsync()).OrganizationId!;
    }

    [OneTimeTearDown]
    public void StopMockAndClient()
    {
        _client.Dispose();
        _server.Dispose();
    }

    [TearDown]
    public void ClearFaults() => _server.Faults.Reset();

    [Test]
    public async Task EnumeratePartitionedJsonAsync_FourPartitions_EveryIdExactlyOnceInFourWindows()
    {
        var pager = _client.EnumeratePartitionedJsonAsync("patient", Query(), Options(4));
        var ids = new List<string>();
        await foreach (var patient in pager)
        {
            ids.Add((string)patient["id"]!);
        }

        Assert.That(pager.FallbackReason, Is.Null);
        Assert.That(pager.Windows, Has.Count.EqualTo(4));
        Assert.That(pager.WindowsCompleted, Is.EqualTo(4));
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.EquivalentTo(_server.Store.Ids("patient")));
        Assert.That(pager.LastReport!.IsComplete, Is.True, pager.LastReport.ToString());
    }

    [Test]
    public async Task EnumeratePartitionedRawAsync_WriterPatchesPatientsThroughout_EveryIdExactlyOnce()
    {
        var expected = _server.Store.Ids("patient").ToList();
        var pager = _client.EnumeratePartitionedRawAsync("patient", Query(), Options(4));
        using var done = new CancellationTokenSource();
        var patched = 0;

        // Newest first: they sit at the end of the last window, so they move out of it before its cursor gets there.
        var writer = Task.Run(async () =>
        {
            foreach (var id in _server.Store.PatientIds.Reverse())
            {
                if (done.IsCancellationRequested)
                {
                    break;
                }

                await MockChanges.PatchAsync(_client, "patient", id, "first_name", "Moved");
                Interlocked.Increment(ref patched);
            }
        });

        var ids = new List<string>();
        await foreach (var patient in pager)
        {
            ids.Add(patient.Id!);
        }

        done.Cancel();
        await writer;
        Assert.That(Volatile.Read(ref patched), Is.GreaterThan(5), "the writer ran during the export");
        Assert.That(pager.FallbackReason, Is.Null, "the windows added up");
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task EnumeratePartitionedJsonAsync_ServerIgnoresUpdatedAtFilter_FallsBackToSequentialWithEveryId()
    {
        using var ignoring = new FitbitPlusClient(FacadeFixture.OptionsFor(_server), new DropUpdatedAtFilter());
        var pager = ignoring.EnumeratePartitionedJsonAsync("patient", Query(), Options(4));
        var ids = new List<string>();
        await foreach (var patient in pager)
        {
            ids.Add((string)patient["id"]!);
        }

        Assert.That(pager.FallbackReason, Does.Contain("do not add up"));
        Assert.That(pager.Windows, Is.Empty);
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.EquivalentTo(_server.Store.Ids("patient")));
    }

    [Test]
    public async Task EnumeratePartitionedJsonAsync_CollectionWithoutUpdatedAt_ReadsSequentially()
    {
        var pager = _client.EnumeratePartitionedJsonAsync("coach", new CollectionQuery { Filters = { ["organization"] = _organization } }, Options(4));
        var count = 0;
        await foreach (var coach in pager)
        {
            count++;
        }

        Assert.That(pager.FallbackReason, Does.Contain("no filter[updated_at]"));
        Assert.That(count, Is.EqualTo(_server.Store.Ids("coach").Count()));
    }

    [Test]
    public async Task EnumeratePartitionedJsonAsync_TooManyRequests_LowersRequestsInFlightAndReturnsEveryId()
    {
        var pager = _client.EnumeratePartitionedJsonAsync("patient", Query(), Options(4));

        var (ids, injected) = await ReadWithThree429sAsync(pager);

        Assert.That(injected, Is.EqualTo(3));
        Assert.That(pager.RequestsInFlightLimit, Is.EqualTo(1));
        Assert.That(pager.FallbackReason, Is.Null);
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.EquivalentTo(_server.Store.Ids("patient")));
    }

    [Test]
    public async Task EnumeratePartitionedJsonAsync_TooManyRequestsTheClientRetried_StillLowersRequestsInFlight()
    {
        using var retrying = new FitbitPlusClient(FacadeFixture.OptionsFor(_server)); // default retries: each 429 is retried
        var pager = retrying.EnumeratePartitionedJsonAsync("patient", Query(), Options(4));

        var (ids, injected) = await ReadWithThree429sAsync(pager);

        Assert.That(injected, Is.EqualTo(3));
        Assert.That(pager.RequestsInFlightLimit, Is.EqualTo(1), "4 partitions, one fewer request in flight per 429");
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.EquivalentTo(_server.Store.Ids("patient")));
    }

    [Test]
    public async Task ListPartitionedAsync_TypedPatientsFourPartitions_EveryIdExactlyOnceWithItsTypedMembers()
    {
        var pager = _client.Patients.ListPartitionedAsync(organization: _organization, options: Options(4));
        var patients = new List<FitbitPlus.Models.PatientResource>();
        await foreach (var patient in pager)
        {
            patients.Add(patient);
        }

        Assert.That(pager.Windows, Has.Count.EqualTo(4));
        Assert.That(pager.FallbackReason, Is.Null);
        Assert.That(patients.Select(p => p.Id), Is.Unique);
        Assert.That(patients.Select(p => p.Id), Is.EquivalentTo(_server.Store.Ids("patient")));
        Assert.That(patients.Select(p => p.Attributes.FirstName), Has.None.Null);
        Assert.That(pager.LastReport!.IsComplete, Is.True);
    }

    [Test]
    public void EnumeratePartitionedJsonAsync_TooManyPartitions_ThrowsArgumentException() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _client.EnumeratePartitionedJsonAsync("patient", Query(), Options(PartitionedExportOptions.MaxPartitions + 1)));

    // Reads the export; once its windows are being read, the mock answers the next three requests with 429.
    private async Task<(List<string> Ids, int Injected)> ReadWithThree429sAsync(PartitionedPager<JsonCollectionDocument, Newtonsoft.Json.Linq.JObject> pager)
    {
        var injectedBefore = _server.Faults.InjectedCount;
        var ids = new List<string>();
        await foreach (var patient in pager)
        {
            if (ids.Count == 0)
            {
                _server.Faults.FailNext(3, MockFaultKind.TooManyRequests);
            }

            ids.Add((string)patient["id"]!);
        }

        return (ids, _server.Faults.InjectedCount - injectedBefore);
    }

    private CollectionQuery Query() => new() { Filters = { ["organization"] = _organization } };

    private static PartitionedExportOptions Options(int partitions) =>
        new() { Partitions = partitions, PagingOptions = new PagingOptions { Limit = 10 } };

    /// <summary>A server that ignores filter[updated_at]: the parameter is removed before the request reaches the mock.</summary>
    private sealed class DropUpdatedAtFilter : DelegatingHandler
    {
        public DropUpdatedAtFilter()
            : base(new SocketsHttpHandler())
        {
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            var kept = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !Uri.UnescapeDataString(p).StartsWith("filter[updated_at]=", StringComparison.Ordinal));
            request.RequestUri = new UriBuilder(uri) { Query = string.Join('&', kept) }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
