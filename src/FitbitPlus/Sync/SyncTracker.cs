using FitbitPlus.Paging;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Sync;

/// <summary>
/// Decides which resources of a run are new (not delivered by the previous run) and collects those the next run will
/// see again (updated inside the new overlap window), from which the next state is built.
/// </summary>
internal sealed class SyncTracker
{
    private readonly SyncState? _previous;
    private readonly HashSet<(string Id, long UtcTicks)> _delivered;
    private readonly SyncWindow _window;
    private readonly DateTimeOffset _tailStart;
    private readonly List<DeliveredResource> _tail = [];

    /// <summary>Creates the tracker of one run.</summary>
    public SyncTracker(SyncState? previous, SyncWindow window, TimeSpan overlap)
    {
        _previous = previous;
        _window = window;
        _tailStart = window.End - overlap;
        _delivered = (previous?.Delivered ?? []).Select(Key).ToHashSet();
    }

    /// <summary>Resources skipped because the previous run delivered exactly that version.</summary>
    public long Skipped { get; private set; }

    /// <summary>Resources yielded although they carry no readable <c>updated_at</c> (they cannot be recognised next time).</summary>
    public long WithoutUpdatedAt { get; private set; }

    /// <summary>True when the resource <paramref name="id"/> at <paramref name="updatedAt"/> is to be yielded; remembers it when it lies in the new overlap window.</summary>
    public bool Accept(string? id, DateTimeOffset? updatedAt)
    {
        if (id is null || updatedAt is null)
        {
            WithoutUpdatedAt++;
            return true;
        }

        var delivered = new DeliveredResource(id, updatedAt.Value);
        if (updatedAt >= _tailStart)
        {
            _tail.Add(delivered);
        }

        if (_delivered.Contains(Key(delivered)))
        {
            Skipped++;
            return false;
        }

        return true;
    }

    /// <summary>
    /// The state after the run completed: the watermark is the window's end; the remembered resources are those read in the
    /// new overlap window, plus earlier remembered ones this run could not have read again (outside its window).
    /// </summary>
    public SyncState NextState(string collection)
    {
        var kept = (_previous?.Delivered ?? [])
            .Where(d => d.UpdatedAt >= _tailStart && (_window.IsEmpty || !new DateTimeRange(_window.Start, _window.End).Contains(d.UpdatedAt)));
        var remembered = new Dictionary<(string, long), DeliveredResource>();
        foreach (var item in _tail.Concat(kept))
        {
            remembered.TryAdd(Key(item), item);
        }

        return new SyncState(collection, _window.End, remembered.Values);
    }

    /// <summary>The id and <c>attributes.updated_at</c> of a JSON resource, each <see langword="null"/> when absent or unreadable.</summary>
    internal static (string? Id, DateTimeOffset? UpdatedAt) KeyOf(JObject resource) =>
        (IdOf(resource), ParseUpdatedAt(resource["attributes"]?["updated_at"]));

    /// <summary>The string <c>id</c> of a JSON resource, or <see langword="null"/>.</summary>
    internal static string? IdOf(JObject resource) => resource["id"]?.Type == JTokenType.String ? resource.Value<string>("id") : null;

    /// <summary>An <c>updated_at</c> value as a date-time, or <see langword="null"/> when absent or unreadable.</summary>
    internal static DateTimeOffset? ParseUpdatedAt(JToken? token) => token?.Type switch
    {
        JTokenType.Date => token.Value<DateTime>() is var d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null,
        JTokenType.String => DateTimeOffset.TryParse(token.Value<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null,
        _ => null,
    };

    private static (string, long) Key(DeliveredResource item) => (item.Id, item.UpdatedAt.UtcTicks);
}
