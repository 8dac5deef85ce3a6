namespace FitbitPlus.Mock.Paging;

/// <summary>The paging a list request asked for.</summary>
/// <param name="IsCursor">Cursor paging (<c>page[limit]</c>/<c>page[after]</c>) rather than skip paging.</param>
/// <param name="Size">Resources per page; 0 answers only <c>meta.count</c>.</param>
/// <param name="Number">1-based page number (skip paging).</param>
/// <param name="After">Cursor: the id of the last resource of the previous page (cursor paging).</param>
internal sealed record PageRequest(bool IsCursor, int Size, int Number, string? After);
