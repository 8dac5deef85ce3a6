using System.Collections.Concurrent;
using System.Text;

namespace FitbitPlus.Tests.Paging;

/// <summary>
/// Serves cursor pages p1.. in pages of two; the page whose number is <see cref="BlockPage"/> waits until the request
/// is cancelled. Tracks which pages were requested and how many requests are still running.
/// </summary>
internal sealed class ScriptedServer(int pages) : HttpMessageHandler
{
    private readonly SemaphoreSlim _served = new(0);
    private int _inFlight;

    public int? BlockPage { get; init; }

    public ConcurrentQueue<int> Requested { get; } = new();

    public TaskCompletionSource BlockedPageStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Completes when <paramref name="count"/> more requests have been answered (and left the handler); fails after 30 s.</summary>
    public async Task WaitForServedAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.That(await _served.WaitAsync(TimeSpan.FromSeconds(30)), Is.True, $"only {i} of {count} requests were answered");
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            var query = request.RequestUri!.Query;
            var marker = "page[after]=";
            var at = Uri.UnescapeDataString(query).IndexOf(marker, StringComparison.Ordinal);
            var page = at < 0 ? 1 : int.Parse(Uri.UnescapeDataString(query)[(at + marker.Length)..].Split('&')[0]);
            Requested.Enqueue(page);
            if (page == BlockPage)
            {
                BlockedPageStarted.TrySetResult();
                await new TaskCompletionSource().Task.WaitAsync(cancellationToken); // held until the request is cancelled
            }

            var next = page < pages ? $"/pub/patient?page[limit]=2&page[after]={page + 1}" : null;
            var body = PageBodies.Patients(PageBodies.Ids((2 * page) - 1, 2 * page), next, pages * 2);
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, PageBodies.JsonApi) };
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            _served.Release();
        }
    }
}
