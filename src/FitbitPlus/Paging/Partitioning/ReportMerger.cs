namespace FitbitPlus.Paging;

/// <summary>
/// The report of a whole partitioned export: what was yielded against the unfiltered <c>meta.count</c> at the start, plus
/// what the windows' own reports found (repeats inside one window, loops, early stops). Repeats across windows are
/// expected (a resource updated while read moves to a later window) and are dropped, not reported.
/// </summary>
internal sealed class ReportMerger(int expected)
{
    private readonly object _gate = new();
    private readonly List<string> _samples = [];
    private int _duplicates;
    private bool _loop;
    private string? _repeatedLink;
    private PagingStopReason _stop;

    public int Expected => expected;

    /// <summary>Resources yielded (set by the single reader).</summary>
    public long Yielded { get; set; }

    /// <summary>Pages read (set by the single reader).</summary>
    public int Pages { get; set; }

    /// <summary>Adds a window's report (thread-safe); a window without a report (cancelled) adds nothing.</summary>
    public void Add(PagingReport? report)
    {
        if (report is null)
        {
            return;
        }

        lock (_gate)
        {
            _duplicates += report.Duplicates;
            _samples.AddRange(report.DuplicateSamples.Take(3 - Math.Min(3, _samples.Count)));
            _loop |= report.LoopDetected;
            _repeatedLink ??= report.RepeatedLink;
            _stop = _stop == PagingStopReason.None ? report.StopReason : _stop;
        }
    }

    public PagingReport ToReport()
    {
        lock (_gate)
        {
            return new PagingReport(Yielded, expected, Pages, _duplicates, _samples.ToArray(), _loop, _repeatedLink, _stop);
        }
    }
}
