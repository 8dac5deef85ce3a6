namespace FitbitPlus.Paging;

/// <summary>
/// Notices resources served twice in bounded memory. The last <see cref="WindowSize"/> resources are kept exactly
/// (their type and id), so a repeat among them — what a collection shifting under cursor or offset paging causes, next
/// to a page boundary — is a confirmed duplicate. Older resources live only in a Bloom filter of about 2.5 bytes per
/// resource (20 bits, false-positive rate ≈ 7·10⁻⁵ per lookup); a hit there cannot be confirmed, so it is only counted
/// as a possible duplicate and the resource is still yielded: a false positive never removes data or marks a
/// collection incomplete.
/// </summary>
internal sealed class DuplicateDetector
{
    /// <summary>Resources kept exactly: several pages even at large page sizes.</summary>
    internal const int WindowSize = 2048;

    private readonly (string Type, string Id)[] _ring = new (string, string)[WindowSize];
    private readonly HashSet<(string Type, string Id)> _window = new(WindowSize);
    private readonly ScalableBloomFilter _older = new();
    private int _next;
    private int _count;

    /// <summary>The number of resources the server announced (meta.count), to size the filter; null when unknown.</summary>
    public long? ExpectedCount
    {
        set => _older.CapacityHint = value - WindowSize;
    }

    /// <summary>Confirmed when the resource is among the last <see cref="WindowSize"/>; Possible on a filter hit.</summary>
    public DuplicateVerdict Observe(string type, string id)
    {
        var key = (type, id);
        if (_window.Contains(key))
        {
            return DuplicateVerdict.Confirmed;
        }

        var verdict = _older.MightContain(Fnv64.Hash(type, id)) ? DuplicateVerdict.Possible : DuplicateVerdict.New;
        if (_count == WindowSize)
        {
            var evicted = _ring[_next];
            _window.Remove(evicted);
            _older.Add(Fnv64.Hash(evicted.Type, evicted.Id));
        }
        else
        {
            _count++;
        }

        _ring[_next] = key;
        _window.Add(key);
        _next = (_next + 1) % WindowSize;
        return verdict;
    }
}
