using FitbitPlus.Mock;
using FitbitPlus.Sync;
using FitbitPlus.Tests.Integration;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Sync;

/// <summary>
/// The library's incremental sync against the mock, whose clock (write stamps, filter[updated_at]) is the same fake clock
/// that decides the sync's "now". Each test starts with a full sync, so they do not depend on each other's changes.
/// </summary>
[NonParallelizable]
public class IncrementalSyncTests
{
    private FakeTimeProvider _clock = null!;
    private FitbitPlusMockServer _server = null!;
    private FitbitPlusClient _client = null!;

    [OneTimeSetUp]
    public void StartMockAndClient()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 30, TimeProvider = _clock });
        var options = FacadeFixture.OptionsFor(_server);
        options.MaxRetryAttempts = 1; // a scripted pair of 503s outlasts the retries
        _client = new FitbitPlusClient(options);
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
    public async Task SyncAsync_ThreeRuns_EverythingThenExactlyTheFiveChangesThenNothing()
    {
        _clock.Advance(TimeSpan.FromHours(1)); // other tests' changes lie before this run's overlap window
        var first = _client.SyncJsonAsync("patient", null, Options());
        var everything = await Ids(first);
        Assert.That(everything, Is.EquivalentTo(_server.Store.Ids("patient")), "a first run delivers every patient");
        Assert.That(first.NewState, Is.Not.Null);

        _clock.Advance(TimeSpan.FromMinutes(1));
        var changed = await MockChanges.ThreeUpdatesAndTwoCreatesAsync(_client, _server, "three-runs");
        _clock.Advance(TimeSpan.FromMinutes(1));

        var second = _client.SyncJsonAsync("patient", first.NewState, Options());
        var delivered = await Ids(second);
        Assert.That(delivered, Is.EquivalentTo(changed), "exactly the three updated and two created patients");
        Assert.That(second.Report!.IsComplete, Is.True);
        Assert.That(second.NewState!.Delivered.Select(d => d.Id), Is.EquivalentTo(changed), "they lie in the overlap window and are remembered");

        var third = _client.SyncJsonAsync("patient", second.NewState, Options());
        Assert.That(await Ids(third), Is.Empty, "no change in between: nothing");
        Assert.That(third.Skipped, Is.EqualTo(5), "the five were read again in the overlap and skipped");
        Assert.That(third.NewState, Is.Not.Null);

        _clock.Advance(TimeSpan.FromMinutes(10));
        var fourth = _client.SyncJsonAsync("patient", SyncState.Deserialize(third.NewState!.Serialize()), Options());
        Assert.That(await Ids(fourth), Is.Empty, "after the overlap has passed, still nothing (through a serialized state)");
        Assert.That(fourth.NewState!.Delivered, Is.Empty);
    }

    [Test]
    public async Task SyncAsync_FaultInTheMiddleOfTheSecondRun_NoNewStateAndTheRerunDeliversAllFive()
    {
        _clock.Advance(TimeSpan.FromHours(1));
        var first = _client.SyncJsonAsync("patient", null, Options());
        await Ids(first);
        var state = first.NewState!;
        var stateText = state.Serialize();
        _clock.Advance(TimeSpan.FromMinutes(1));
        var changed = await MockChanges.ThreeUpdatesAndTwoCreatesAsync(_client, _server, "fault");
        _clock.Advance(TimeSpan.FromMinutes(1));

        var second = _client.SyncJsonAsync("patient", state, Options(pageSize: 2));
        var before = new List<string>();
        var error = await Assert.ThrowsAsync<FitbitPlusException>(async () =>
        {
            await foreach (var resource in second)
            {
                before.Add((string)resource["id"]!);
                if (before.Count == 1)
                {
                    _server.Faults.FailNext(2, MockFaultKind.ServiceUnavailable); // the next page fails, and so does its retry
                }
            }
        });

        Assert.That(error!.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.ServiceUnavailable));
        Assert.That(before, Has.Count.EqualTo(2), "the first page was delivered before the fault");
        Assert.That(second.NewState, Is.Null, "a failed run hands back no state");
        Assert.That(state.Serialize(), Is.EqualTo(stateText));

        var rerun = _client.SyncJsonAsync("patient", state, Options(pageSize: 2));
        Assert.That(await Ids(rerun), Is.EquivalentTo(changed), "the rerun repeats the window: all five, at least once");
        var after = _client.SyncJsonAsync("patient", rerun.NewState, Options());
        Assert.That(await Ids(after), Is.Empty);
    }

    [Test]
    public async Task SyncAsync_CalendarEvents_OnlyThePatchedEvent()
    {
        _clock.Advance(TimeSpan.FromHours(1));
        var first = _client.SyncJsonAsync("calendar_event", null, Options());
        var all = await Ids(first);
        Assert.That(all, Has.Count.EqualTo(_server.Store.Count("calendar_event")));
        _clock.Advance(TimeSpan.FromMinutes(1));
        var eventId = _server.Store.Ids("calendar_event")[4];
        var patched = await MockChanges.PatchAsync(_client, "calendar_event", eventId, "title", "Moved check-in");
        _clock.Advance(TimeSpan.FromMinutes(1));

        var second = _client.SyncJsonAsync("calendar_event", first.NewState, Options());
        var items = await AsyncCollect.ListAsync(second);

        Assert.That(items.Select(i => (string?)i["id"]), Is.EqualTo(new[] { eventId }));
        Assert.That((string?)items[0]["attributes"]!["title"], Is.EqualTo("Moved check-in"));
        Assert.That((string?)items[0]["attributes"]!["updated_at"], Is.EqualTo((string?)patched["attributes"]!["updated_at"]));
    }

    private SyncOptions Options(int pageSize = 7) => new()
    {
        TimeProvider = _clock,
        PagingOptions = new FitbitPlus.Paging.PagingOptions { Limit = pageSize },
    };

    private static async Task<List<string>> Ids(SyncRun<JObject> run) =>
        (await AsyncCollect.ListAsync(run)).Select(r => (string)r["id"]!).ToList();
}
