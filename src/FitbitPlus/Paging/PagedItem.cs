namespace FitbitPlus.Paging;

/// <summary>A resource together with the means to resume the enumeration right after it.</summary>
/// <typeparam name="TResource">The generated resource class.</typeparam>
public readonly struct PagedItem<TResource>
{
    private readonly IResumablePage _page;
    private readonly int _index;

    internal PagedItem(TResource resource, IResumablePage page, int index)
    {
        Resource = resource;
        _page = page;
        _index = index;
    }

    /// <summary>The resource.</summary>
    public TResource Resource { get; }

    /// <summary>
    /// Resumes right after this resource (computed on access), or <see langword="null"/> when it was the last one.
    /// </summary>
    public string? ContinuationToken => _page?.TokenAfter(_index);
}
