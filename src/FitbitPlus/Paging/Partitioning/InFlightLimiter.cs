namespace FitbitPlus.Paging;

/// <summary>
/// The number of requests a partitioned export may have in flight: starts at the partition count and is lowered by one
/// (never below one) on every 429, those the client's retries absorbed included, so a server that pushes back gets fewer
/// parallel requests for the rest of the export.
/// </summary>
internal sealed class InFlightLimiter : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly object _gate = new();
    private int _limit;
    private int _withheld;

    public InFlightLimiter(int limit)
    {
        _limit = limit;
        _slots = new SemaphoreSlim(limit, limit);
    }

    /// <summary>The current limit.</summary>
    public int Limit
    {
        get { lock (_gate) { return _limit; } }
    }

    /// <summary>Waits for a slot.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _slots.WaitAsync(cancellationToken);

    /// <summary>Gives a slot back, unless a lowering is still owed: then the slot is withheld for good.</summary>
    public void Release()
    {
        lock (_gate)
        {
            if (_withheld > 0)
            {
                _withheld--;
                return;
            }
        }

        _slots.Release();
    }

    /// <summary>Lowers the limit by one (not below one); takes effect when the next slot is given back.</summary>
    public void Lower()
    {
        lock (_gate)
        {
            if (_limit > 1)
            {
                _limit--;
                _withheld++;
            }
        }
    }

    /// <summary>Runs <paramref name="call"/> in a slot; on a 429 lowers the limit, waits the server's <c>Retry-After</c> and tries again (a few times).</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, TimeProvider time, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            FitbitPlusException throttled;
            await WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                using var listening = Http.ThrottleSignal.Listen(Lower);
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (FitbitPlusException ex) when (IsTooManyRequests(ex) && attempt < MaxAttempts)
            {
                Lower();
                throttled = ex;
            }
            finally
            {
                Release();
            }

            await BackOffAsync(throttled, attempt, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Attempts of one request (or one window without progress) before a 429 is given up on.</summary>
    public const int MaxAttempts = 6;

    /// <summary>True for a 429 that outlasted the client's own retries.</summary>
    public static bool IsTooManyRequests(FitbitPlusException ex) => (int?)ex.StatusCode == 429;

    /// <summary>Waits what the server asked for in <c>Retry-After</c>, else a growing pause; at most 30 seconds.</summary>
    public static Task BackOffAsync(FitbitPlusException ex, int attempt, TimeProvider time, CancellationToken cancellationToken)
    {
        var wait = ex.RetryAfter ?? TimeSpan.FromMilliseconds(250 * attempt);
        wait = wait > TimeSpan.FromSeconds(30) ? TimeSpan.FromSeconds(30) : wait;
        return Task.Delay(wait, time, cancellationToken);
    }

    public void Dispose() => _slots.Dispose();
}
