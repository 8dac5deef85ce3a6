using FitbitPlus.Sync;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Sync;

public class SyncStateTests
{
    private static readonly DateTimeOffset Watermark = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void Serialize_ThenDeserialize_SameCollectionWatermarkAndDeliveredPairs()
    {
        var state = new SyncState("patient", Watermark, [new("p2", Watermark.AddSeconds(-10).AddTicks(1234)), new("p1", Watermark.AddMinutes(-2))]);

        var json = state.Serialize();
        var read = SyncState.Deserialize(json);

        Assert.That(JObject.Parse(json)["version"]!.Value<int>(), Is.EqualTo(1));
        Assert.That(read.Version, Is.EqualTo(SyncState.CurrentVersion));
        Assert.That(read.Collection, Is.EqualTo("patient"));
        Assert.That(read.Watermark, Is.EqualTo(Watermark));
        Assert.That(read.Delivered, Is.EqualTo(state.Delivered), "ticks survive the round trip");
        Assert.That(read.Delivered.Select(d => d.Id), Is.EqualTo(new[] { "p1", "p2" }), "oldest first");
    }

    [TestCase("")]
    [TestCase("not json")]
    [TestCase("[1,2]")]
    [TestCase("{\"version\":1,\"collection\":\"patient\",\"watermark\":\"2026-12-01T10:00:00Z\",\"delivered\":[]} trailing")]
    [TestCase("{\"collection\":\"patient\",\"watermark\":\"2026-12-01T10:00:00Z\",\"delivered\":[]}")]
    [TestCase("{\"version\":\"1\",\"collection\":\"patient\",\"watermark\":\"2026-12-01T10:00:00Z\",\"delivered\":[]}")]
    [TestCase("{\"version\":0,\"collection\":\"patient\",\"watermark\":\"2026-12-01T10:00:00Z\",\"delivered\":[]}")]
    [TestCase("{\"version\":1,\"watermark\":\"2026-12-01T10:00:00Z\",\"delivered\":[]}")]
    [TestCase("{\"version\":1,\"collection\":\"patient\",\"watermark\":\"soon\",\"delivered\":[]}")]
    [TestCase("{\"version\":1,\"collection\":\"patient\",\"watermark\":\"2026-12-01T10:00:00Z\"}")]
    [TestCase("{\"version\":1,\"collection\":\"patient\",\"watermark\":\"2026-12-01T10:00:00Z\",\"delivered\":[{\"id\":7,\"updated_at\":\"2026-12-01T10:00:00Z\"}]}")]
    [TestCase("{\"version\":1,\"collection\":\"patient\",\"watermark\":\"2026-12-01T10:00:00Z\",\"delivered\":[{\"id\":\"p1\"}]}")]
    public void Deserialize_Corrupt_SyncStateExceptionSayingCorruptOrNotJson(string json)
    {
        var error = Assert.Throws<SyncStateException>(() => SyncState.Deserialize(json));

        Assert.That(error!.Message, Does.Contain("corrupt").Or.Contain("not valid JSON"));
    }

    [Test]
    public void Deserialize_NewerVersion_SyncStateExceptionNamingBothVersions()
    {
        var error = Assert.Throws<SyncStateException>(() => SyncState.Deserialize(
            "{\"version\":2,\"collection\":\"patient\",\"watermark\":\"2026-12-01T10:00:00Z\",\"delivered\":[],\"cursor\":\"x\"}"));

        Assert.That(error!.Message, Does.Contain("version 2").And.Contain("newer").And.Contain("up to 1"));
    }
}
