namespace FitbitPlus.Paging;

/// <summary>
/// Counts what one enumeration yields and notices duplicates. The only state that grows is the duplicate detector's
/// Bloom filter (about 2.5 bytes per resource); only exactly confirmed repeats count as duplicates.
/// </summary>
internal sealed class CompletenessTracker<TResource>
{
    private const int MaxSamples = 5;
    private readonly DuplicateDetector? _seen;
    private readonly List<string> _samples = new();
    private int _pages;
    private int _duplicates;
    private int _possibleDuplicates;
    private int? _expectedCount;
    private string? _loopLink;

    private readonly int? _maxPages;
    private int _pagesWithoutProgress;

    public CompletenessTracker(bool detectDuplicates, long yieldedBefore, int? expectedCount, int? maxPages = null)
    {
        _maxPages = maxPages;
        _seen = detectDuplicates ? new DuplicateDetector() : null;
        Yielded = yieldedBefore;
        ExpectedCount = expectedCount;
    }

    public long Yielded { get; private set; }

    public int? ExpectedCount
    {
        get => _expectedCount;
        set
        {
            _expectedCount = value;
            if (_seen is not null)
            {
                _seen.ExpectedCount = value;
            }
        }
    }

    public void PageFetched() => _pages++;

    /// <summary>Why paging must stop now although the server offers a next page; None to go on.</summary>
    public PagingStopReason StopReason { get; private set; }

    /// <summary>Counts one resource; false when it is a duplicate (and duplicates are detected).</summary>
    public bool Observe(TResource resource)
    {
        Yielded++;
        if (_seen is null)
        {
            return true;
        }

        var (type, id) = ResourceIdentity<TResource>.Of(resource);
        if (id is null)
        {
            return true;
        }

        switch (_seen.Observe(type ?? string.Empty, id))
        {
            case DuplicateVerdict.New:
                return true;
            case DuplicateVerdict.Possible:
                // Not confirmable (only a hash is left of older resources): counted, yielded, completeness unchanged.
                _possibleDuplicates++;
                return true;
        }

        _duplicates++;
        if (_samples.Count < MaxSamples)
        {
            _samples.Add($"{type}/{id}");
        }

        return false;
    }

    /// <summary>Decides, after a page's resources were observed, whether following its next link would run away.</summary>
    public void PageDone(int newResources, bool hasNext)
    {
        _pagesWithoutProgress = newResources > 0 ? 0 : _pagesWithoutProgress + 1;
        if (!hasNext)
        {
            return;
        }

        if (_pagesWithoutProgress >= PagingOptions.MaxPagesWithoutProgress)
        {
            StopReason = PagingStopReason.NoProgress;
        }
        else if (ExpectedCount is { } expected && Yielded > expected + Math.Max(PagingOptions.CountOverrunMargin, expected))
        {
            StopReason = PagingStopReason.CountExceeded;
        }
        else if (_pages >= _maxPages)
        {
            StopReason = PagingStopReason.MaxPagesReached;
        }
    }

    public void LoopDetected(string link) => _loopLink = link;

    public PagingReport ToReport() =>
        new(Yielded, ExpectedCount, _pages, _duplicates, _samples.ToArray(), _loopLink is not null, _loopLink, StopReason)
        {
            PossibleDuplicates = _possibleDuplicates,
        };
}
