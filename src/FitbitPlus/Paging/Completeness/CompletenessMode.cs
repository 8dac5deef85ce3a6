namespace FitbitPlus.Paging;

/// <summary>What a full enumeration does when it finds the collection incomplete or inconsistent.</summary>
public enum CompletenessMode
{
    /// <summary>Finish normally and describe the problem in <see cref="CollectionPager{TDocument, TResource}.LastReport"/>.</summary>
    Report = 0,

    /// <summary>Throw a <see cref="PagingIncompleteException"/> once the last page has been yielded.</summary>
    Throw = 1,
}
