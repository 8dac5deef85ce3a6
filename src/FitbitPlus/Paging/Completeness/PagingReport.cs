namespace FitbitPlus.Paging;

/// <summary>
/// The outcome of one full enumeration: how many resources were yielded against the <c>meta.count</c> the
/// server announced, and whether resources or next links repeated.
/// </summary>
public sealed class PagingReport
{
    /// <summary>Creates a report of an enumeration that ran until the server's next links ran out.</summary>
    public PagingReport(long yielded, int? expectedCount, int pages, int duplicates, IReadOnlyList<string> duplicateSamples, bool loopDetected, string? repeatedLink)
        : this(yielded, expectedCount, pages, duplicates, duplicateSamples, loopDetected, repeatedLink, PagingStopReason.None)
    {
    }

    /// <summary>Creates a report, naming why paging stopped early when it did.</summary>
    public PagingReport(long yielded, int? expectedCount, int pages, int duplicates, IReadOnlyList<string> duplicateSamples, bool loopDetected, string? repeatedLink, PagingStopReason stopReason)
    {
        StopReason = stopReason;
        Yielded = yielded;
        ExpectedCount = expectedCount;
        Pages = pages;
        Duplicates = duplicates;
        DuplicateSamples = duplicateSamples;
        LoopDetected = loopDetected;
        RepeatedLink = repeatedLink;
    }

    /// <summary>Resources yielded in total, including those yielded before a resume.</summary>
    public long Yielded { get; }

    /// <summary>The <c>meta.count</c> of the first page, or <see langword="null"/> when the server sent none.</summary>
    public int? ExpectedCount { get; }

    /// <summary>Pages fetched in this run.</summary>
    public int Pages { get; }

    /// <summary>Resources whose (type, id) had already been yielded in this run.</summary>
    public int Duplicates { get; }

    /// <summary>
    /// Resources whose hash matched one yielded more than 2 048 resources earlier, where the id itself is no longer
    /// kept: maybe repeats, maybe hash coincidences (at most about 1 in 10 000 lookups). They were yielded and do not affect <see cref="IsComplete"/>.
    /// </summary>
    public int PossibleDuplicates { get; init; }

    /// <summary>The first few duplicated resources, as <c>type/id</c>.</summary>
    public IReadOnlyList<string> DuplicateSamples { get; }

    /// <summary>True when the server's next link pointed to a page already fetched; paging stopped there.</summary>
    public bool LoopDetected { get; }

    /// <summary>The repeated next link, when <see cref="LoopDetected"/>.</summary>
    public string? RepeatedLink { get; }

    /// <summary>Why paging stopped while the server still offered a next page; <see cref="PagingStopReason.None"/> when it did not.</summary>
    public PagingStopReason StopReason { get; }

    /// <summary>True when paging stopped while the server still offered a next page (see <see cref="StopReason"/>).</summary>
    public bool StoppedEarly => StopReason != PagingStopReason.None;

    /// <summary>True when the count matches (or none was announced), nothing repeated and paging was not stopped early.</summary>
    public bool IsComplete => !StoppedEarly && !LoopDetected && Duplicates == 0 && (ExpectedCount is null || ExpectedCount == Yielded);

    /// <summary>A one-line description of the problems found, or "complete".</summary>
    public override string ToString()
    {
        if (IsComplete)
        {
            return $"complete: {Yielded} resources in {Pages} pages" + (PossibleDuplicates > 0 ? $" ({PossibleDuplicates} possible duplicates, not confirmable)" : string.Empty);
        }

        var problems = new List<string>();
        if (ExpectedCount is not null && ExpectedCount != Yielded)
        {
            problems.Add($"{Yielded} resources yielded but meta.count announced {ExpectedCount}");
        }

        if (Duplicates > 0)
        {
            problems.Add($"{Duplicates} duplicate resources (e.g. {string.Join(", ", DuplicateSamples)})");
        }

        if (LoopDetected)
        {
            // The link itself stays out of the message: its query may carry identifiers (see RepeatedLink).
            problems.Add("the next link repeated an earlier page; paging stopped there");
        }

        if (StoppedEarly)
        {
            problems.Add(StopReason switch
            {
                PagingStopReason.NoProgress => $"paging stopped after {Pages} pages: {PagingOptions.MaxPagesWithoutProgress} pages in a row brought nothing new but still had a next link",
                PagingStopReason.CountExceeded => $"paging stopped after {Pages} pages: far more resources than meta.count announced and still a next link",
                _ => $"paging stopped at PagingOptions.MaxPages ({Pages} pages) with a next link still offered",
            });
        }

        return "incomplete: " + string.Join("; ", problems);
    }
}
