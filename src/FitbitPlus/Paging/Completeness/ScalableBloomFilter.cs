namespace FitbitPlus.Paging;

/// <summary>
/// A Bloom filter over 64-bit hashes that grows by adding segments of doubling capacity, each filled to its design
/// load at 20 bits per entry with 14 probes (false-positive rate ≈ 7·10⁻⁵ per segment at full load).
/// </summary>
internal sealed class ScalableBloomFilter
{
    private const int BitsPerEntry = 20;
    private const int Probes = 14;
    private const int FirstCapacity = 8192;

    // A hint comes from the server's meta.count; bounded so a hostile count cannot make one huge allocation.
    private const int MaxHintedCapacity = 1 << 20;

    private readonly List<Segment> _segments = new();

    /// <summary>Expected number of entries, used to size the first segment exactly (no half-empty last segment).</summary>
    public long? CapacityHint { get; set; }

    /// <summary>True when every probe bit of the hash is set in some segment (maybe a false positive).</summary>
    public bool MightContain(ulong hash)
    {
        var (h1, h2) = Split(hash);
        foreach (var segment in _segments)
        {
            if (segment.Contains(h1, h2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds a hash, opening a segment twice the last one's capacity when that is full.</summary>
    public void Add(ulong hash)
    {
        if (_segments.Count == 0 || _segments[^1].IsFull)
        {
            _segments.Add(new Segment(_segments.Count == 0 ? FirstSegmentCapacity() : _segments[^1].Capacity * 2));
        }

        var (h1, h2) = Split(hash);
        _segments[^1].Add(h1, h2);
    }

    private int FirstSegmentCapacity() =>
        CapacityHint is { } hint ? (int)Math.Clamp(hint, FirstCapacity, MaxHintedCapacity) : FirstCapacity;

    // FNV-1a's low bits are weak; a SplitMix64 finalizer spreads them before the double hashing.
    private static (uint H1, uint H2) Split(ulong hash)
    {
        hash ^= hash >> 30;
        hash *= 0xBF58476D1CE4E5B9UL;
        hash ^= hash >> 27;
        hash *= 0x94D049BB133111EBUL;
        hash ^= hash >> 31;
        return ((uint)hash, (uint)(hash >> 32) | 1);
    }

    private sealed class Segment(int capacity)
    {
        private readonly ulong[] _bits = new ulong[(long)capacity * BitsPerEntry / 64 + 1];
        private readonly ulong _bitCount = (ulong)capacity * BitsPerEntry;
        private int _count;

        public int Capacity { get; } = capacity;

        public bool IsFull => _count >= Capacity;

        public void Add(uint h1, uint h2)
        {
            for (var i = 0u; i < Probes; i++)
            {
                var bit = ((ulong)h1 + i * (ulong)h2) % _bitCount;
                _bits[bit >> 6] |= 1UL << (int)(bit & 63);
            }

            _count++;
        }

        public bool Contains(uint h1, uint h2)
        {
            for (var i = 0u; i < Probes; i++)
            {
                var bit = ((ulong)h1 + i * (ulong)h2) % _bitCount;
                if ((_bits[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
