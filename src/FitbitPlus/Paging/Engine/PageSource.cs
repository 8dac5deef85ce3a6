namespace FitbitPlus.Paging;

/// <summary>
/// Produces the pages of one enumeration in order: the first URI, then each page's <c>links.next</c>, stopping at
/// the end or at the first repeated link. With read-ahead, up to N later pages are already being fetched while
/// the consumer works; disposal cancels them and awaits every started fetch so no task outlives the enumeration.
/// </summary>
internal sealed class PageSource<TDocument, TResource> : IAsyncDisposable
    where TDocument : class, ICollectionDocument<TResource>
{
    private readonly PageFetcher<TDocument, TResource> _fetcher;
    private readonly Uri _baseAddress;
    private readonly Uri _first;
    private readonly int _readAhead;
    private readonly CancellationTokenSource _cts;
    private readonly Queue<Task<PageStep<TDocument>>> _ahead = new();
    private readonly HashSet<ulong> _visited = new(); // hashes, so memory per page stays tiny
    private Task<PageStep<TDocument>> _last = Task.FromResult(PageStep<TDocument>.Start);

    public PageSource(PageFetcher<TDocument, TResource> fetcher, Uri baseAddress, Uri first, int readAhead, CancellationToken cancellationToken)
    {
        _fetcher = fetcher;
        _baseAddress = baseAddress;
        _first = first;
        _readAhead = readAhead;
        _cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>The next page, or an end step (possibly naming the repeated link that ended paging).</summary>
    public async Task<PageStep<TDocument>> NextAsync()
    {
        var step = _ahead.Count > 0 ? _ahead.Dequeue() : StartNext();
        var result = await step.ConfigureAwait(false);
        while (!result.IsEnd && _ahead.Count < _readAhead)
        {
            _ahead.Enqueue(StartNext());
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        _cts.Cancel();
        while (_ahead.Count > 0)
        {
            try
            {
                await _ahead.Dequeue().ConfigureAwait(false);
            }
            catch (Exception)
            {
                // A prefetch the consumer no longer wants: its failure (usually the cancellation) is observed and dropped.
            }
        }

        _cts.Dispose();
    }

    private Task<PageStep<TDocument>> StartNext() => _last = FetchAfterAsync(_last);

    private async Task<PageStep<TDocument>> FetchAfterAsync(Task<PageStep<TDocument>> previousTask)
    {
        // Steps run strictly one after another (each awaits its predecessor), so _visited needs no lock.
        var previous = await previousTask.ConfigureAwait(false);
        if (previous.IsEnd)
        {
            return previous;
        }

        string? link = previous.Page?.Links.Next;
        Uri uri;
        if (previous.Page is null)
        {
            uri = _first;
        }
        else if (link is null)
        {
            return PageStep<TDocument>.End(null);
        }
        else
        {
            uri = LinkResolver.Resolve(_baseAddress, link);
        }

        _cts.Token.ThrowIfCancellationRequested();
        if (!_visited.Add(Fnv64.Hash(PageAddress.Key(uri))))
        {
            return PageStep<TDocument>.End(link);
        }

        var page = await _fetcher.FetchAsync(uri, _cts.Token).ConfigureAwait(false);
        return PageStep<TDocument>.Of(page);
    }
}
