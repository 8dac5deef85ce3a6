using FitbitPlus.Paging;

namespace FitbitPlus.Tests.Paging;

public class ReadAheadTests
{
    [TestCase(0, new[] { 1 })]
    [TestCase(1, new[] { 1, 2 })]
    [TestCase(2, new[] { 1, 2, 3 })]
    public async Task Enumerate_WhileConsumerHoldsFirstPage_FetchesExactlyReadAheadPagesAhead(int readAhead, int[] expectedRequested)
    {
        using var server = new ScriptedServer(pages: 5);
        using var http = new HttpClient(server) { BaseAddress = new Uri(PageBodies.Base) };
        var pager = PageBodies.Patients(http, new PagingOptions { Limit = 2, ReadAheadPages = readAhead });

        await using (var items = pager.GetAsyncEnumerator())
        {
            Assert.That(await items.MoveNextAsync(), Is.True);
            await server.WaitForServedAsync(expectedRequested.Length);

            Assert.That(server.Requested, Is.EqualTo(expectedRequested));
        }
    }

    [Test]
    public async Task Enumerate_WithReadAhead_YieldsEverythingInOrder()
    {
        using var server = new ScriptedServer(pages: 6);
        using var http = new HttpClient(server) { BaseAddress = new Uri(PageBodies.Base) };
        var pager = PageBodies.Patients(http, new PagingOptions { Limit = 2, ReadAheadPages = 2 });

        var ids = await PageBodies.IdsOf(pager);

        Assert.That(ids, Is.EqualTo(PageBodies.Ids(1, 12)));
        Assert.That(pager.LastReport!.IsComplete, Is.True);
    }

    [Test]
    public async Task Break_WhilePrefetchIsInFlight_PrefetchCancelledAndAwaitedNoUnobservedException()
    {
        var unobserved = 0;
        EventHandler<UnobservedTaskExceptionEventArgs> onUnobserved = (_, _) => Interlocked.Increment(ref unobserved);
        TaskScheduler.UnobservedTaskException += onUnobserved;
        try
        {
            using var server = new ScriptedServer(pages: 5) { BlockPage = 2 };
            using var http = new HttpClient(server) { BaseAddress = new Uri(PageBodies.Base) };
            var pager = PageBodies.Patients(http, new PagingOptions { Limit = 2, ReadAheadPages = 1 });

            await foreach (var _ in pager)
            {
                await server.BlockedPageStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
                break;
            }

            Assert.That(server.InFlight, Is.EqualTo(0), "disposal waited for the cancelled prefetch");
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            Assert.That(unobserved, Is.EqualTo(0));
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= onUnobserved;
        }
    }

    [Test]
    public async Task Cancel_WhilePrefetchIsInFlight_StopsPromptlyWithoutRunningRequests()
    {
        using var server = new ScriptedServer(pages: 5) { BlockPage = 2 };
        using var http = new HttpClient(server) { BaseAddress = new Uri(PageBodies.Base) };
        var pager = PageBodies.Patients(http, new PagingOptions { Limit = 2, ReadAheadPages = 1 });
        using var cts = new CancellationTokenSource();

        var ex = await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), async () =>
        {
            await foreach (var _ in pager.WithCancellation(cts.Token))
            {
                await server.BlockedPageStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
                cts.Cancel();
            }
        });

        Assert.That(ex, Is.Not.Null);
        Assert.That(server.InFlight, Is.EqualTo(0));
        Assert.That(server.Requested, Is.EqualTo(new[] { 1, 2 }), "nothing beyond the one page ahead was started");
    }
}
