namespace FitbitPlus.Paging;

/// <summary>A resource together with its page's included resources and the means to resume the enumeration right after it.</summary>
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

    /// <summary>The included resources of the item's page, for typed access such as <c>item.Included.Patient(item.Resource)</c>.</summary>
    public JsonApi.IncludedResources Included => _page?.Included ?? JsonApi.IncludedResources.Empty;

    /// <summary>
    /// Resumes right after this resource (computed on access), or <see langword="null"/> when it was the last one.
    /// </summary>
    public string? ContinuationToken => _page?.TokenAfter(_index);
}
