namespace FitbitPlus.Paging;

/// <summary>Why an enumeration stopped before the server's <c>links.next</c> ran out (see <see cref="PagingReport.StopReason"/>).</summary>
public enum PagingStopReason
{
    /// <summary>Paging ended normally: the last page had no next link (or a next link repeated an earlier page).</summary>
    None,

    /// <summary>
    /// <see cref="PagingOptions.MaxPagesWithoutProgress"/> consecutive pages had a next link but brought no resource not
    /// seen before (empty pages, or only duplicates).
    /// </summary>
    NoProgress,

    /// <summary>
    /// More resources were yielded than <c>meta.count</c> announced, beyond the margin described at
    /// <see cref="PagingOptions.CountOverrunMargin"/>, and the server still offered a next page.
    /// </summary>
    CountExceeded,

    /// <summary><see cref="PagingOptions.MaxPages"/> pages were fetched and the server still offered a next page.</summary>
    MaxPagesReached,
}
