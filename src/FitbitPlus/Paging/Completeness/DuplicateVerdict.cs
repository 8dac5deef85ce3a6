namespace FitbitPlus.Paging;

/// <summary>What <see cref="DuplicateDetector"/> knows about a resource.</summary>
internal enum DuplicateVerdict
{
    /// <summary>Not seen before.</summary>
    New,

    /// <summary>Seen before, confirmed by its exact type and id.</summary>
    Confirmed,

    /// <summary>Its hash matches an older resource's; it may or may not have been seen (not confirmable).</summary>
    Possible,
}
