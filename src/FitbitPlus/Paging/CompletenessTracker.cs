namespace FitbitPlus.Paging;

/// <summary>
/// Counts what one enumeration yields and notices duplicates. The only state that grows is the set of 64-bit
/// (type, id) hashes, when duplicate detection is on; a hash collision could at worst report a false duplicate.
/// </summary>
internal sealed class CompletenessTracker<TResource>
{
    private const int MaxSamples = 5;
    private readonly HashSet<ulong>? _seen;
    private readonly List<string> _samples = new();
    private int _pages;
    private int _duplicates;
    private string? _loopLink;

    public CompletenessTracker(bool detectDuplicates, long yieldedBefore, int? expectedCount)
    {
        _seen = detectDuplicates ? new HashSet<ulong>() : null;
        Yielded = yieldedBefore;
        ExpectedCount = expectedCount;
    }

    public long Yielded { get; private set; }

    public int? ExpectedCount { get; set; }

    public void PageFetched() => _pages++;

    public void Observe(TResource resource)
    {
        Yielded++;
        if (_seen is null)
        {
            return;
        }

        var (type, id) = ResourceIdentity<TResource>.Of(resource);
        if (id is null)
        {
            return;
        }

        if (!_seen.Add(Fnv64.Hash(type, id)))
        {
            _duplicates++;
            if (_samples.Count < MaxSamples)
            {
                _samples.Add($"{type}/{id}");
            }
        }
    }

    public void LoopDetected(string link) => _loopLink = link;

    public PagingReport ToReport() =>
        new(Yielded, ExpectedCount, _pages, _duplicates, _samples.ToArray(), _loopLink is not null, _loopLink);
}
