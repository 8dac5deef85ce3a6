namespace FitbitPlus.Paging;

/// <summary>
/// Thrown at the end of an enumeration with <see cref="CompletenessMode.Throw"/> when the collection came back
/// short, long, with duplicates, or with a next-link loop.
/// </summary>
public sealed class PagingIncompleteException : FitbitPlusException
{
    /// <summary>Creates the exception from the enumeration's report.</summary>
    public PagingIncompleteException(PagingReport report)
        : base($"The collection was not enumerated completely: {report}.", null, null, null, null)
    {
        Report = report;
    }

    /// <summary>What was found.</summary>
    public PagingReport Report { get; }
}
