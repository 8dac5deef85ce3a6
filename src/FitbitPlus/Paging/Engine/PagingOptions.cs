namespace FitbitPlus.Paging;

/// <summary>
/// How a collection is paged. Cursor paging (<c>page[limit]</c>, then <c>links.next</c>) is the default;
/// set <see cref="Size"/> (and optionally <see cref="Number"/>) for skip paging. Setting members of both
/// strategies is rejected with an <see cref="ArgumentException"/> before any request is sent.
/// </summary>
public sealed record PagingOptions
{
    /// <summary>Page size used for cursor paging when neither <see cref="Limit"/> nor <see cref="Size"/> is set.</summary>
    public const int DefaultLimit = 50;

    /// <summary>Largest accepted <see cref="ReadAheadPages"/>.</summary>
    public const int MaxReadAheadPages = 8;

    /// <summary>
    /// Consecutive pages that may bring nothing new (no resources, or only resources already yielded) while still
    /// offering a next link, before paging stops with <see cref="PagingStopReason.NoProgress"/>: a server handing out
    /// fresh cursors forever must not keep an export running. Value: 3.
    /// </summary>
    public const int MaxPagesWithoutProgress = 3;

    /// <summary>
    /// How far the resources yielded may exceed the first page's <c>meta.count</c> before paging stops with
    /// <see cref="PagingStopReason.CountExceeded"/>: by this many resources, or by <c>meta.count</c> itself when that is
    /// larger (so at most twice the announced size, plus 100). Resources created during an enumeration stay well inside it.
    /// </summary>
    public const int CountOverrunMargin = 100;

    /// <summary>Cursor paging: <c>page[limit]</c> (at least 1).</summary>
    public int? Limit { get; init; }

    /// <summary>Skip paging: <c>page[size]</c> (at least 1).</summary>
    public int? Size { get; init; }

    /// <summary>Skip paging: the 1-based <c>page[number]</c> to start at (defaults to 1 when <see cref="Size"/> is set).</summary>
    public int? Number { get; init; }

    /// <summary>
    /// Pages fetched ahead of the consumer (0 = none, the default; 1 = fetch page k+1 while page k is processed).
    /// </summary>
    public int ReadAheadPages { get; init; }

    /// <summary>
    /// Upper bound on the pages fetched in one enumeration (at least 1); <see langword="null"/> (the default) for no
    /// bound other than the runaway checks (<see cref="MaxPagesWithoutProgress"/>, <see cref="CountOverrunMargin"/>).
    /// When reached while the server still offers a next page, paging stops with <see cref="PagingStopReason.MaxPagesReached"/>.
    /// </summary>
    public int? MaxPages { get; init; }

    /// <summary>Whether an incomplete or inconsistent collection is reported (default) or thrown.</summary>
    public CompletenessMode Completeness { get; init; } = CompletenessMode.Report;

    /// <summary>
    /// Whether to detect resources served twice. Repeats among the last 2 048 resources are confirmed exactly and
    /// reported as duplicates; older ones only as <see cref="PagingReport.PossibleDuplicates"/>. Costs a fixed
    /// ~200 KB plus about 2.5–5 bytes per resource (a growing Bloom filter).
    /// </summary>
    public bool DetectDuplicates { get; init; } = true;

    /// <summary>
    /// Resumes an earlier enumeration: a token from <see cref="CollectionPage{TDocument, TResource}.ContinuationToken"/>
    /// or <see cref="PagedItem{TResource}.ContinuationToken"/>. The first request is then the one the token names.
    /// </summary>
    public string? ContinuationToken { get; init; }

    /// <summary>Whether skip paging was asked for.</summary>
    internal bool IsSkip => Size is not null || Number is not null;

    /// <summary>Checks the combination and returns the first page's request values.</summary>
    internal PageRequest ToFirstRequest()
    {
        if ((Size is not null || Number is not null) && Limit is not null)
        {
            throw new ArgumentException(
                "PagingOptions sets both cursor paging (Limit) and skip paging (Size/Number); the API forbids mixing them in one request.",
                "options");
        }

        if (Limit is < 1)
        {
            throw new ArgumentOutOfRangeException("options", Limit, "PagingOptions.Limit must be at least 1 (use CountAsync for a count only).");
        }

        if (Size is < 1)
        {
            throw new ArgumentOutOfRangeException("options", Size, "PagingOptions.Size must be at least 1 (use CountAsync for a count only).");
        }

        if (Number is < 1)
        {
            throw new ArgumentOutOfRangeException("options", Number, "PagingOptions.Number is 1-based and must be at least 1.");
        }

        if (MaxPages is < 1)
        {
            throw new ArgumentOutOfRangeException("options", MaxPages, "PagingOptions.MaxPages must be at least 1.");
        }

        if (ReadAheadPages is < 0 or > MaxReadAheadPages)
        {
            throw new ArgumentOutOfRangeException("options", ReadAheadPages, $"PagingOptions.ReadAheadPages must be between 0 and {MaxReadAheadPages}.");
        }

        return IsSkip
            ? new PageRequest(null, null, Size ?? DefaultLimit, Number ?? 1)
            : new PageRequest(Limit ?? DefaultLimit, null, null, null);
    }
}
