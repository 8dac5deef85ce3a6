using System.Threading.Channels;

namespace FitbitPlus.Paging;

/// <summary>
/// Reads one <c>updated_at</c> window with a cursor, one request per slot of the <see cref="InFlightLimiter"/>, and hands
/// its pages on. Every 429 lowers the limit (also one the client's retries absorbed); one that outlasted the retries
/// waits <c>Retry-After</c> and resumes the window after its last page read.
/// </summary>
internal sealed class WindowReader<TDocument, TResource>(PartitionSource<TDocument, TResource> source, InFlightLimiter limiter, TimeProvider time)
    where TDocument : class, ICollectionDocument<TResource>
{
    /// <summary>Reads the window and returns its report (of the last stretch read after a resume).</summary>
    public async Task<PagingReport?> ReadAsync(CollectionQuery query, PagingOptions paging, ChannelWriter<CollectionPage<TDocument, TResource>> pages, CancellationToken cancellationToken)
    {
        string? resumeAfter = null;
        for (var attempt = 1; ; attempt++)
        {
            var pager = source.Open(query, paging with { ContinuationToken = resumeAfter, ReadAheadPages = 0 });
            var progressed = false;
            FitbitPlusException throttled;
            try
            {
                await using var enumerator = pager.AsPagesAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
                while (await NextAsync(enumerator, cancellationToken).ConfigureAwait(false))
                {
                    var page = enumerator.Current;
                    var next = page.ContinuationToken;
                    await pages.WriteAsync(page, cancellationToken).ConfigureAwait(false);
                    progressed = true;
                    resumeAfter = next ?? resumeAfter; // after the last page no request is left to fail

                }

                return pager.LastReport;
            }
            catch (FitbitPlusException ex) when (InFlightLimiter.IsTooManyRequests(ex) && (progressed || attempt < InFlightLimiter.MaxAttempts))
            {
                limiter.Lower();
                throttled = ex;
            }

            attempt = progressed ? 0 : attempt;
            await InFlightLimiter.BackOffAsync(throttled, Math.Max(1, attempt), time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> NextAsync(IAsyncEnumerator<CollectionPage<TDocument, TResource>> enumerator, CancellationToken cancellationToken)
    {
        await limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var throttled = Http.ThrottleSignal.Listen(limiter.Lower);
            return await enumerator.MoveNextAsync().ConfigureAwait(false);
        }
        finally
        {
            limiter.Release();
        }
    }
}
