namespace FitbitPlus.Paging;

/// <summary>One step of a page sequence: a page, or the end (with the repeated link when a loop ended it).</summary>
internal sealed record PageStep<TDocument>(FetchedPage<TDocument>? Page, bool IsEnd, string? LoopLink)
{
    public static readonly PageStep<TDocument> Start = new(null, false, null);

    public static PageStep<TDocument> Of(FetchedPage<TDocument> page) => new(page, false, null);

    public static PageStep<TDocument> End(string? loopLink) => new(null, true, loopLink);
}
