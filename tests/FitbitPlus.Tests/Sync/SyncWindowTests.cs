using FitbitPlus.Paging;
using System.Net;
using FitbitPlus.Sync;
using FitbitPlus.Tests.Http;
using FitbitPlus.Tests.Integration;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Sync;

/// <summary>The window arithmetic and the skip set of a sync run, against canned pages and the harness's fake clock (2025-03-01T12:00Z).</summary>
public class SyncWindowTests
{
    private static readonly DateTimeOffset Noon = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task SyncAsync_FirstRunWithoutSince_EverythingBeforeNowMinusDefaultSettle()
    {
        using var harness = Serving(Page(("p1", "2024-01-01T00:00:00.000Z")));
        using var client = harness.CreateClient();

        var run = client.SyncJsonAsync("patient");
        var items = await AsyncCollect.ListAsync(run);

        Assert.That(UpdatedAtFilters(harness), Is.EqualTo(new[] { "1970-01-01T00:00:00+00:00..2025-03-01T11:59:30+00:00" }));
        Assert.That(Query(harness.ApiRequests.Single())["filter[organization]"], Is.EqualTo("org-42"), "the credentials' organization");
        Assert.That(items.Select(i => (string?)i["id"]), Is.EqualTo(new[] { "p1" }));
        Assert.That(run.NewState!.Watermark, Is.EqualTo(Noon - SyncOptions.DefaultSettle));
        Assert.That(run.NewState.Delivered, Is.Empty, "p1 lies before the overlap window");
    }

    [Test]
    public async Task SyncAsync_WithState_StartsOverlapBeforeTheWatermarkAndEndsSettleBeforeNow()
    {
        using var harness = Serving(Page());
        using var client = harness.CreateClient();
        var state = new SyncState("patient", Noon.AddHours(-1), []);

        var run = client.SyncJsonAsync("patient", state, new SyncOptions { Overlap = TimeSpan.FromSeconds(90), Settle = TimeSpan.FromSeconds(5) });
        await AsyncCollect.ListAsync(run);

        Assert.That(UpdatedAtFilters(harness), Is.EqualTo(new[] { "2025-03-01T10:58:30+00:00..2025-03-01T11:59:55+00:00" }));
        Assert.That(run.Window!.ToString(), Is.EqualTo("2025-03-01T10:58:30+00:00..2025-03-01T11:59:55+00:00"));
        Assert.That(run.NewState!.Watermark, Is.EqualTo(Noon.AddSeconds(-5)));
    }

    [Test]
    public async Task SyncAsync_FirstRunSinceInAnotherTimeZone_RangeKeepsThatOffset()
    {
        using var harness = Serving(Page());
        using var client = harness.CreateClient();

        var since = new DateTimeOffset(2025, 3, 1, 13, 30, 0, TimeSpan.FromHours(5.5)); // 08:00Z
        await AsyncCollect.ListAsync(client.SyncJsonAsync("patient", null, new SyncOptions { Since = since, Settle = TimeSpan.Zero }));

        var sent = UpdatedAtFilters(harness).Single();
        Assert.That(sent, Is.EqualTo("2025-03-01T13:30:00+05:30..2025-03-01T12:00:00+00:00"));
        Assert.That(DateTimeRange.Parse(sent).Start, Is.EqualTo(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task SyncAsync_WatermarkInTheFuture_NoRequestAndTheWatermarkComesBackToNowMinusSettle()
    {
        using var harness = Serving(Page());
        using var client = harness.CreateClient();
        var future = new SyncState("patient", Noon.AddHours(1), [new("p9", Noon.AddMinutes(58))]);

        var run = client.SyncJsonAsync("patient", future);
        var items = await AsyncCollect.ListAsync(run);

        Assert.That(items, Is.Empty);
        Assert.That(harness.ApiRequests, Is.Empty, "an empty window is not read");
        Assert.That(run.Window, Is.Null);
        Assert.That(run.Report, Is.Null);
        // Moving back is what keeps changes stamped before the bad watermark from being lost.
        Assert.That(run.NewState!.Watermark, Is.EqualTo(Noon - SyncOptions.DefaultSettle));
        Assert.That(run.NewState.Delivered.Select(d => d.Id), Is.EqualTo(new[] { "p9" }), "remembered versions the run did not re-read are kept");
    }

    [Test]
    public async Task SyncAsync_SettleLongerThanTheTimeSinceTheWatermark_EmptyWindowNothingRead()
    {
        using var harness = Serving(Page());
        using var client = harness.CreateClient();
        var state = new SyncState("patient", Noon.AddSeconds(-10), []);

        var run = client.SyncJsonAsync("patient", state, new SyncOptions { Overlap = TimeSpan.Zero, Settle = TimeSpan.FromSeconds(30) });
        var items = await AsyncCollect.ListAsync(run);

        Assert.That(items, Is.Empty);
        Assert.That(harness.ApiRequests, Is.Empty);
        Assert.That(run.NewState!.Watermark, Is.EqualTo(Noon.AddSeconds(-30)));
    }

    [Test]
    public async Task SyncAsync_VersionsDeliveredInTheOverlap_SkippedExactlyANewerVersionYielded()
    {
        // p1 unchanged since the last run, p2 changed again inside the overlap, p3 new, p4 committed late (before the old watermark).
        using var harness = Serving(Page(
            ("p1", "2025-03-01T11:58:00.000Z"),
            ("p2", "2025-03-01T11:59:10.000Z"),
            ("p3", "2025-03-01T11:59:40.000Z"),
            ("p4", "2025-03-01T11:57:00.000Z")));
        using var client = harness.CreateClient();
        var watermark = Noon.AddSeconds(-30);
        var state = new SyncState("patient", watermark, [new("p1", Noon.AddMinutes(-2)), new("p2", Noon.AddMinutes(-1).AddSeconds(-20))]);
        harness.Time.Advance(TimeSpan.FromMinutes(1));

        var run = client.SyncJsonAsync("patient", state, new SyncOptions { Overlap = TimeSpan.FromMinutes(5), Settle = TimeSpan.FromSeconds(30) });
        var items = await AsyncCollect.ListAsync(run);

        Assert.That(UpdatedAtFilters(harness), Is.EqualTo(new[] { "2025-03-01T11:54:30+00:00..2025-03-01T12:00:30+00:00" }));
        Assert.That(items.Select(i => (string?)i["id"]), Is.EqualTo(new[] { "p2", "p3", "p4" }));
        Assert.That(run.Skipped, Is.EqualTo(1));
        Assert.That(run.Yielded, Is.EqualTo(3));
        Assert.That(run.NewState!.Delivered.Select(d => d.Id), Is.EqualTo(new[] { "p4", "p1", "p2", "p3" }), "read at or after 11:55:30, oldest first");
        Assert.That(run.NewState.Delivered.Single(d => d.Id == "p2").UpdatedAt, Is.EqualTo(Noon.AddSeconds(-50)), "only the newest version of p2");
    }

    [Test]
    public async Task SyncAsync_NowWithFractionalSeconds_WindowEndAndWatermarkCutToWholeSeconds()
    {
        using var harness = Serving(Page());
        using var client = harness.CreateClient();
        harness.Time.Advance(TimeSpan.FromMilliseconds(1999.5));

        var run = client.SyncJsonAsync("patient", null, new SyncOptions { Settle = TimeSpan.Zero });
        await AsyncCollect.ListAsync(run);

        Assert.That(UpdatedAtFilters(harness), Is.EqualTo(new[] { "1970-01-01T00:00:00+00:00..2025-03-01T12:00:01+00:00" }));
        Assert.That(run.NewState!.Watermark, Is.EqualTo(Noon.AddSeconds(1)));
    }

    [Test]
    public async Task SyncAsync_ResourceWithoutUpdatedAt_YieldedAndCountedButNotRemembered()
    {
        using var harness = Serving(Page(("p1", null), ("p2", "not a date")));
        using var client = harness.CreateClient();

        var run = client.SyncJsonAsync("patient", new SyncState("patient", Noon.AddMinutes(-1), []));
        var items = await AsyncCollect.ListAsync(run);

        Assert.That(items, Has.Count.EqualTo(2));
        Assert.That(run.WithoutUpdatedAt, Is.EqualTo(2));
        Assert.That(run.NewState!.Delivered, Is.Empty);
    }

    [Test]
    public async Task SyncAsync_CountMismatch_NoNewStateAndAnIncompleteReport()
    {
        using var harness = Serving(Page(3, ("p1", "2025-03-01T11:58:00.000Z"), ("p2", "2025-03-01T11:58:01.000Z")));
        using var client = harness.CreateClient();

        var run = client.SyncJsonAsync("patient", new SyncState("patient", Noon.AddMinutes(-1), []));
        var items = await AsyncCollect.ListAsync(run);

        Assert.That(items, Has.Count.EqualTo(2));
        Assert.That(run.Report!.IsComplete, Is.False);
        Assert.That(run.NewState, Is.Null);
    }

    [Test]
    public async Task SyncAsync_EnumeratedTwice_InvalidOperationException()
    {
        using var harness = Serving(Page());
        using var client = harness.CreateClient();
        var run = client.SyncJsonAsync("patient");
        await AsyncCollect.ListAsync(run);

        await Assert.ThrowsAsync<InvalidOperationException>(() => AsyncCollect.ListAsync(run));
    }

    [Test]
    public void SyncAsync_CollectionWithoutUpdatedAtFilterOrStateOfAnotherType_RefusedBeforeAnyRequest()
    {
        using var harness = Serving(Page());
        using var client = harness.CreateClient();

        var notSyncable = Assert.Throws<ArgumentException>(() => client.SyncJsonAsync("group"));
        var otherType = Assert.Throws<SyncStateException>(() => client.SyncJsonAsync("patient", new SyncState("calendar_event", Noon, [])));
        Assert.Throws<ArgumentOutOfRangeException>(() => client.SyncJsonAsync("patient", null, new SyncOptions { Overlap = TimeSpan.FromSeconds(-1) }));

        Assert.That(notSyncable!.Message, Does.Contain("patient").And.Contain("calendar_event").And.Contain("result"));
        Assert.That(otherType!.Message, Does.Contain("calendar_event"));
        Assert.That(harness.ApiRequests, Is.Empty);
    }

    private static ClientHarness Serving(string page)
    {
        var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, page));
        return harness;
    }

    private static string Page(params (string Id, string? UpdatedAt)[] items) => Page(items.Length, items);

    private static string Page(int count, params (string Id, string? UpdatedAt)[] items)
    {
        var data = new JArray(items.Select(i => new JObject
        {
            ["type"] = "patient",
            ["id"] = i.Id,
            ["attributes"] = i.UpdatedAt is null ? new JObject { ["first_name"] = "A" } : new JObject { ["first_name"] = "A", ["updated_at"] = i.UpdatedAt },
        }));
        return new JObject { ["data"] = data, ["meta"] = new JObject { ["count"] = count }, ["links"] = new JObject() }.ToString();
    }

    private static Dictionary<string, string> Query(SeenRequest request) =>
        request.Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1]));

    private static List<string> UpdatedAtFilters(ClientHarness harness) =>
        harness.ApiRequests.Select(r => Query(r).GetValueOrDefault("filter[updated_at]") ?? "(none)").ToList();
}
