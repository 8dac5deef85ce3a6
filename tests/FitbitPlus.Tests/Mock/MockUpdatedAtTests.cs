using FitbitPlus.Mock;
using FitbitPlus.Paging;
using FitbitPlus.Tests.Integration;
using FitbitPlus.Tests.Sync;
using Microsoft.Extensions.Time.Testing;

namespace FitbitPlus.Tests.Mock;

/// <summary>The mock keeps <c>updated_at</c> on writes, at the instant <c>filter[updated_at]</c> evaluates (start inclusive, end exclusive).</summary>
public class MockUpdatedAtTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private FakeTimeProvider _clock = null!;
    private FitbitPlusMockServer _server = null!;
    private FitbitPlusClient _client = null!;

    [OneTimeSetUp]
    public void StartMockAndClient()
    {
        _clock = new FakeTimeProvider(Start);
        _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 6, TimeProvider = _clock });
        _client = new FitbitPlusClient(FacadeFixture.OptionsFor(_server));
    }

    [OneTimeTearDown]
    public void StopMockAndClient()
    {
        _client.Dispose();
        _server.Dispose();
    }

    [Test]
    public async Task Patch_Patient_UpdatedAtIsTheMockClockAndTheRangeFilterFindsItStartInclusiveEndExclusive()
    {
        _clock.Advance(TimeSpan.FromMinutes(1));
        var at = _clock.GetUtcNow().AddTicks(4321); // sub-millisecond part: cut, like the text the mock writes
        _clock.SetUtcNow(at);
        var id = _server.Store.PatientIds[2];

        var patched = await MockChanges.PatchAsync(_client, "patient", id, "first_name", "Stamped");

        var stamp = (string?)patched["attributes"]!["updated_at"];
        var instant = DateTimeOffset.Parse(stamp!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(instant, Is.EqualTo(new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero)));
        Assert.That(await IdsUpdatedIn("patient", $"{stamp}..{Iso(instant.AddMilliseconds(1))}"), Is.EqualTo(new[] { id }), "start inclusive");
        Assert.That(await IdsUpdatedIn("patient", $"1970-01-01T00:00:00Z..{stamp}"), Does.Not.Contain(id), "end exclusive");
        Assert.That(await IdsUpdatedIn("patient", $"{Iso(instant.AddMilliseconds(1))}..9999-12-31T23:59:59Z"), Is.Empty);
    }

    [Test]
    public async Task Create_PatientAndPatch_CalendarEvent_BothStampedWithTheMockClock()
    {
        _clock.Advance(TimeSpan.FromHours(1));
        var now = _clock.GetUtcNow();

        var created = await MockChanges.CreatePatientAsync(_client, _server.Store.GroupIds[0], "Stamp");
        var eventId = _server.Store.Ids("calendar_event")[0];
        var patched = await MockChanges.PatchAsync(_client, "calendar_event", eventId, "title", "Stamped");

        Assert.That((string?)created["attributes"]!["updated_at"], Is.EqualTo(Iso(now)));
        Assert.That((string?)patched["attributes"]!["updated_at"], Is.EqualTo(Iso(now)));
        Assert.That((string?)_server.Store.Find("calendar_event", eventId)!["attributes"]!["updated_at"], Is.EqualTo(Iso(now)));
        Assert.That(await IdsUpdatedIn("calendar_event", $"{Iso(now)}..9999-12-31T23:59:59Z"), Is.EqualTo(new[] { eventId }));
    }

    private async Task<List<string>> IdsUpdatedIn(string type, string range)
    {
        var query = new CollectionQuery();
        query.Filters["organization"] = _server.Store.OrganizationId;
        query.Filters["updated_at"] = range;
        return (await AsyncCollect.ListAsync(_client.EnumerateJsonAsync(type, query))).Select(r => (string)r["id"]!).ToList();
    }

    private static string Iso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
