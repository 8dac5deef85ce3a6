using FitbitPlus.Models;
using FitbitPlus.JsonApi;

namespace FitbitPlus.Paging;

/// <summary>One page of a collection: its resources, <c>included</c>, <c>meta</c> and <c>links</c>.</summary>
/// <typeparam name="TDocument">The generated collection document.</typeparam>
/// <typeparam name="TResource">The generated resource class.</typeparam>
public sealed class CollectionPage<TDocument, TResource> : IResumablePage
    where TDocument : class, ICollectionDocument<TResource>
{
    private readonly Lazy<ContinuationToken?> _next;
    private readonly bool _skip;
    private IncludedResources? _included;

    internal CollectionPage(FetchedPage<TDocument> fetched, IReadOnlyList<TResource> resources, int offset, int index, long yieldedBefore, int? expectedCount, bool skip, Lazy<ContinuationToken?> next)
    {
        Document = fetched.Document;
        Links = fetched.Links;
        RequestUri = fetched.RequestUri;
        Resources = resources;
        Offset = offset;
        Index = index;
        YieldedBefore = yieldedBefore;
        ExpectedCount = expectedCount;
        _skip = skip;
        _next = next;
    }

    /// <summary>The deserialized document, as the generated client would return it.</summary>
    public TDocument Document { get; }

    /// <summary>The page's resources not yielded before (all of <c>data</c>, except on a page resumed mid-way).</summary>
    public IReadOnlyList<TResource> Resources { get; }

    /// <summary>
    /// The page's <c>included</c> resources, indexed by (type, id) on first access (empty when the document has none);
    /// the raw array is <c>Document.Included</c>.
    /// </summary>
    public IncludedResources Included =>
        _included ??= IncludedResources.From(Document.Included, PagingQuery.Value(RequestUri, "include"));

    /// <summary>The page's <c>meta</c>.</summary>
    public FetchMeta? Meta => Document.Meta;

    /// <summary>The page's <c>links</c>, read from the body (also for documents whose generated class omits them).</summary>
    public CollectionLinks Links { get; }

    /// <summary>The URI this page was fetched from.</summary>
    public Uri RequestUri { get; }

    /// <summary>The 0-based position of the page in this enumeration.</summary>
    public int Index { get; }

    /// <summary>
    /// Resumes after this page (pass it as <see cref="PagingOptions.ContinuationToken"/>), or
    /// <see langword="null"/> when this was the last page.
    /// </summary>
    public string? ContinuationToken => _next.Value?.Encode();

    /// <summary>Resources of <c>data</c> skipped because an earlier run had already yielded them.</summary>
    internal int Offset { get; }

    internal long YieldedBefore { get; }

    internal int? ExpectedCount { get; }

    string? IResumablePage.TokenAfter(int index)
    {
        if (index + 1 >= Resources.Count)
        {
            return ContinuationToken;
        }

        // Mid-page: refetch this page and skip what was already yielded (cursor pages are stable links).
        var token = new ContinuationToken(LinkResolver.ToRelative(RequestUri), _skip, Offset + index + 1, YieldedBefore + index + 1, ExpectedCount);
        return token.Encode();
    }
}
