using System.Globalization;
using FitbitPlus.Paging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Sync;

/// <summary>
/// What an incremental sync remembers between runs: the collection, the watermark (the end of the last completed
/// window) and the resources delivered in the last overlap window, so that the next run skips exactly those.
/// Small and JSON-serializable (<see cref="Serialize"/>/<see cref="Deserialize"/>): keep it in a file, a row or a blob.
/// </summary>
public sealed class SyncState
{
    /// <summary>The version this library writes; <see cref="Deserialize"/> refuses newer ones.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Creates a state.</summary>
    /// <param name="collection">The catalog name of the synced collection (<c>patient</c>).</param>
    /// <param name="watermark">The end (exclusive) of the last completed window.</param>
    /// <param name="delivered">Resources delivered with <c>updated_at</c> in the overlap window before <paramref name="watermark"/>.</param>
    public SyncState(string collection, DateTimeOffset watermark, IEnumerable<DeliveredResource> delivered)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(collection);
        ArgumentNullException.ThrowIfNull(delivered);
        Collection = collection;
        Watermark = watermark;
        Delivered = delivered.OrderBy(d => d.UpdatedAt).ThenBy(d => d.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The format version (<see cref="CurrentVersion"/>).</summary>
    public int Version => CurrentVersion;

    /// <summary>The catalog name of the synced collection.</summary>
    public string Collection { get; }

    /// <summary>The end (exclusive) of the last completed window (whole seconds); the next run starts at this minus the overlap.</summary>
    public DateTimeOffset Watermark { get; }

    /// <summary>The (id, <c>updated_at</c>) pairs delivered inside the last overlap window, oldest first.</summary>
    public IReadOnlyList<DeliveredResource> Delivered { get; }

    /// <summary>The state as compact JSON: <c>{"version":1,"collection":...,"watermark":...,"delivered":[{"id":...,"updated_at":...}]}</c>.</summary>
    public string Serialize()
    {
        var json = new JObject
        {
            ["version"] = Version,
            ["collection"] = Collection,
            ["watermark"] = FilterFormat.Iso(Watermark),
            ["delivered"] = new JArray(Delivered.Select(d => new JObject { ["id"] = d.Id, ["updated_at"] = FilterFormat.Iso(d.UpdatedAt) })),
        };
        return json.ToString(Formatting.None);
    }

    /// <summary>Reads a state written by <see cref="Serialize"/>.</summary>
    /// <exception cref="SyncStateException">The text is not a sync state, or was written by a newer version.</exception>
    public static SyncState Deserialize(string json)
    {
        JObject root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json ?? string.Empty)) { DateParseHandling = DateParseHandling.None };
            root = JObject.Load(reader);
            if (reader.Read())
            {
                throw new JsonReaderException("Additional text after the JSON object.");
            }
        }
        catch (JsonException error)
        {
            throw new SyncStateException($"The sync state is corrupt: it is not valid JSON ({error.Message}).", error);
        }

        if (root["version"] is not { Type: JTokenType.Integer } versionToken)
        {
            throw Corrupt("it has no integer \"version\"");
        }

        var version = versionToken.Value<long>();
        if (version > CurrentVersion)
        {
            throw new SyncStateException($"The sync state has version {version}, written by a newer FitbitPlus; this version reads up to {CurrentVersion}.");
        }

        if (version < 1)
        {
            throw Corrupt($"its version {version} is not a valid version");
        }

        var collection = root["collection"] is { Type: JTokenType.String } c && !string.IsNullOrWhiteSpace(c.Value<string>())
            ? c.Value<string>()!
            : throw Corrupt("it has no \"collection\"");
        var watermark = Instant(root["watermark"], "watermark");
        if (root["delivered"] is not JArray items)
        {
            throw Corrupt("it has no \"delivered\" array");
        }

        var delivered = new List<DeliveredResource>(items.Count);
        foreach (var item in items)
        {
            var id = item is JObject o && o["id"] is { Type: JTokenType.String } idToken ? idToken.Value<string>()! : throw Corrupt("a \"delivered\" entry has no string \"id\"");
            delivered.Add(new DeliveredResource(id, Instant(item["updated_at"], "delivered[].updated_at")));
        }

        return new SyncState(collection, watermark, delivered);
    }

    private static DateTimeOffset Instant(JToken? token, string name) =>
        token is { Type: JTokenType.String }
        && DateTimeOffset.TryParse(token.Value<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant)
            ? instant
            : throw Corrupt($"its \"{name}\" is not an ISO 8601 date-time");

    private static SyncStateException Corrupt(string reason) => new($"The sync state is corrupt: {reason}.");
}
