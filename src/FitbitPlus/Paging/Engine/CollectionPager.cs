using System.Runtime.CompilerServices;
using FitbitPlus.Diagnostics;
using Newtonsoft.Json;

namespace FitbitPlus.Paging;

/// <summary>
/// Every resource of a collection, page after page: enumerate it with <c>await foreach</c>, or use
/// <see cref="AsPagesAsync"/> for whole pages and <see cref="AsResumableItemsAsync"/> for resume points.
/// Each enumeration starts from the first request again (or from <see cref="PagingOptions.ContinuationToken"/>).
/// </summary>
/// <typeparam name="TDocument">The generated collection document.</typeparam>
/// <typeparam name="TResource">The generated resource class.</typeparam>
public sealed class CollectionPager<TDocument, TResource> : IAsyncEnumerable<TResource>
    where TDocument : class, ICollectionDocument<TResource>
{
    private readonly Func<HttpClient> _httpSource;
    private readonly Uri _collection;
    private readonly PagingOptions _options;
    private readonly PagingTelemetry? _telemetry;

    // collection is the collection's URI relative to the base address, with its filters and no paging parameters.
    // httpSource is asked once per enumeration: the DI-built client hands out a fresh HttpClient per call.
    internal CollectionPager(Func<HttpClient> httpSource, Uri collection, PagingOptions? options, PagingTelemetry? telemetry = null)
    {
        _httpSource = httpSource;
        _telemetry = telemetry;
        _collection = collection;
        _options = options ?? new PagingOptions();

        // Bad options fail where the pager is created; the first request itself is checked on enumeration.
        _options.ToFirstRequest();
        if (_options.ContinuationToken is { } token)
        {
            ContinuationToken.Decode(token);
        }
    }

    /// <summary>
    /// The completeness report of the most recent enumeration that ran to the end (<see langword="null"/> before that).
    /// </summary>
    public PagingReport? LastReport { get; private set; }

    /// <summary>Enumerates every resource of the collection.</summary>
    public async IAsyncEnumerator<TResource> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPagesAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var resource in page.Resources)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return resource;
            }
        }
    }

    /// <summary>Enumerates every resource with a continuation token to resume right after it.</summary>
    public async IAsyncEnumerable<PagedItem<TResource>> AsResumableItemsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPagesAsync(cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < page.Resources.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return new PagedItem<TResource>(page.Resources[i], page, i);
            }
        }
    }

    /// <summary>Enumerates the collection page by page.</summary>
    public async IAsyncEnumerable<CollectionPage<TDocument, TResource>> AsPagesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var http = Http();
        var firstRequest = _options.ToFirstRequest();
        var resume = _options.ContinuationToken is { } text ? ContinuationToken.Decode(text) : null;
        var first = FirstUri(http.BaseAddress!, firstRequest, resume);
        var tracker = new CompletenessTracker<TResource>(_options.DetectDuplicates, resume?.Yielded ?? 0, resume?.ExpectedCount, _options.MaxPages);
        var fetcher = PageFetcher<TDocument, TResource>.Create(http);
        var offset = resume?.SkipInPage ?? 0;
        var index = 0;

        await using (var source = new PageSource<TDocument, TResource>(fetcher, http.BaseAddress!, first, _options.ReadAheadPages, cancellationToken))
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (tracker.StopReason != PagingStopReason.None)
                {
                    break; // a runaway server: the report says why
                }

                var step = await source.NextAsync().ConfigureAwait(false);
                if (step.IsEnd)
                {
                    if (step.LoopLink is not null)
                    {
                        tracker.LoopDetected(step.LoopLink);
                    }

                    break;
                }

                var fetched = step.Page!;
                tracker.PageFetched();
                if (index == 0 && resume is null)
                {
                    tracker.ExpectedCount = fetched.Document.Meta?.Count;
                }

                var page = CreatePage(http.BaseAddress!, fetched, offset, index, tracker);
                offset = 0;
                index++;
                yield return page;
            }
        }

        LastReport = tracker.ToReport();
        _telemetry?.Finished(LastReport);
        if (_options.Completeness == CompletenessMode.Throw && !LastReport.IsComplete)
        {
            throw new PagingIncompleteException(LastReport);
        }
    }

    /// <summary>Asks only for the collection's size (<c>page[limit]=0</c>) and returns <c>meta.count</c>.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        var http = Http();
        var uri = Absolute(http.BaseAddress!, PagingQuery.WithPaging(_collection, new PageRequest(0, null, null, null)));
        var fetcher = PageFetcher<TDocument, TResource>.Create(http);
        var page = await fetcher.FetchAsync(uri, cancellationToken).ConfigureAwait(false);
        return page.Document.Meta?.Count
            ?? throw new FitbitPlusException($"GET {uri.AbsolutePath} with page[limit]=0 returned no meta.count, so the collection size is unknown.");
    }

    private CollectionPage<TDocument, TResource> CreatePage(Uri baseAddress, FetchedPage<TDocument> fetched, int offset, int index, CompletenessTracker<TResource> tracker)
    {
        var data = fetched.Document.Data!;
        IReadOnlyList<TResource> all = data as IReadOnlyList<TResource> ?? data.ToList();
        var resources = offset == 0 ? all : all.Skip(offset).ToList();
        var yieldedBefore = tracker.Yielded;
        var fresh = 0;
        foreach (var resource in resources)
        {
            fresh += tracker.Observe(resource) ? 1 : 0;
        }

        tracker.PageDone(fresh, fetched.Links.Next is not null);
        _telemetry?.PageRead(resources.Count);

        // Lazy: a bad next link must fail when paging moves on (or the token is asked for), not hide this page.
        var (skip, yielded, expected) = (_options.IsSkip, tracker.Yielded, tracker.ExpectedCount);
        var next = new Lazy<ContinuationToken?>(() => fetched.Links.Next is { } link
            ? new ContinuationToken(LinkResolver.ToRelative(LinkResolver.Resolve(baseAddress, link)), skip, 0, yielded, expected)
            : null);
        return new CollectionPage<TDocument, TResource>(fetched, resources, offset, index, yieldedBefore, tracker.ExpectedCount, _options.IsSkip, next);
    }

    private Uri FirstUri(Uri baseAddress, PageRequest firstRequest, ContinuationToken? resume)
    {
        if (resume is null)
        {
            return Absolute(baseAddress, PagingQuery.WithPaging(_collection, firstRequest));
        }

        if (resume.Skip != _options.IsSkip)
        {
            throw new ArgumentException(
                $"The continuation token was issued for {(resume.Skip ? "skip" : "cursor")} paging but the options ask for {(_options.IsSkip ? "skip" : "cursor")} paging.",
                "options");
        }

        var uri = LinkResolver.Resolve(baseAddress, resume.Link);
        if (!string.Equals(uri.AbsolutePath, Absolute(baseAddress, _collection).AbsolutePath, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The continuation token belongs to {uri.AbsolutePath}, not to this collection ({Absolute(baseAddress, _collection).AbsolutePath}).",
                "options");
        }

        return uri;
    }

    private static Uri Absolute(Uri baseAddress, Uri uri) => uri.IsAbsoluteUri ? uri : new Uri(baseAddress, uri);

    private HttpClient Http()
    {
        var http = _httpSource();
        if (http.BaseAddress is not { IsAbsoluteUri: true })
        {
            throw new InvalidOperationException("The HttpClient needs an absolute BaseAddress (ending with /pub/).");
        }

        return http;
    }
}
