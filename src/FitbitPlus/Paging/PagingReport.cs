namespace FitbitPlus.Paging;

/// <summary>
/// The outcome of one full enumeration: how many resources were yielded against the <c>meta.count</c> the
/// server announced, and whether resources or next links repeated.
/// </summary>
public sealed class PagingReport
{
    /// <summary>Creates a report.</summary>
    public PagingReport(long yielded, int? expectedCount, int pages, int duplicates, IReadOnlyList<string> duplicateSamples, bool loopDetected, string? repeatedLink)
    {
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

    /// <summary>The first few duplicated resources, as <c>type/id</c>.</summary>
    public IReadOnlyList<string> DuplicateSamples { get; }

    /// <summary>True when the server's next link pointed to a page already fetched; paging stopped there.</summary>
    public bool LoopDetected { get; }

    /// <summary>The repeated next link, when <see cref="LoopDetected"/>.</summary>
    public string? RepeatedLink { get; }

    /// <summary>True when the count matches (or none was announced), and nothing repeated.</summary>
    public bool IsComplete => !LoopDetected && Duplicates == 0 && (ExpectedCount is null || ExpectedCount == Yielded);

    /// <summary>A one-line description of the problems found, or "complete".</summary>
    public override string ToString()
    {
        if (IsComplete)
        {
            return $"complete: {Yielded} resources in {Pages} pages";
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

        return "incomplete: " + string.Join("; ", problems);
    }
}
