namespace FitbitPlus.Paging;

/// <summary>Lets a <see cref="PagedItem{TResource}"/> compute its continuation token only when asked, and reach its page's includes.</summary>
internal interface IResumablePage
{
    string? TokenAfter(int index);

    /// <summary>The page's included resources, shared by its items.</summary>
    JsonApi.IncludedResources Included { get; }
}
