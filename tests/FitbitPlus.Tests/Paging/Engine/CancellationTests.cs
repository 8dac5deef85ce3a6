using FitbitPlus.Paging;

namespace FitbitPlus.Tests.Paging;

public class CancellationTests
{
    [Test]
    public async Task Cancel_BetweenPages_NoFurtherRequest()
    {
        using var server = new ScriptedServer(pages: 3);
        using var http = new HttpClient(server) { BaseAddress = new Uri(PageBodies.Base) };
        using var cts = new CancellationTokenSource();
        var seen = new List<string>();

        await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), async () =>
        {
            await foreach (var p in PageBodies.Patients(http, new PagingOptions { Limit = 2 }).WithCancellation(cts.Token))
            {
                seen.Add(p.Id!);
                if (seen.Count == 2)
                {
                    cts.Cancel(); // the first page is done
                }
            }
        });

        Assert.That(seen, Is.EqualTo(new[] { "p1", "p2" }));
        Assert.That(server.Requested, Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public async Task Cancel_WhileAPageIsLoading_RequestAbortedPromptly()
    {
        using var server = new ScriptedServer(pages: 3) { BlockPage = 2 };
        using var http = new HttpClient(server) { BaseAddress = new Uri(PageBodies.Base) };
        using var cts = new CancellationTokenSource();
        _ = server.BlockedPageStarted.Task.ContinueWith(_ => cts.Cancel(), TaskScheduler.Default);

        var run = PageBodies.IdsOf(PageBodies.Patients(http, new PagingOptions { Limit = 2 }), cts.Token);

        await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => run.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.That(server.InFlight, Is.EqualTo(0));
    }

    [Test]
    public async Task CountAsync_Cancelled_OperationCanceled()
    {
        using var server = new ScriptedServer(pages: 1) { BlockPage = 1 };
        using var http = new HttpClient(server) { BaseAddress = new Uri(PageBodies.Base) };
        using var cts = new CancellationTokenSource();
        _ = server.BlockedPageStarted.Task.ContinueWith(_ => cts.Cancel(), TaskScheduler.Default);

        await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => PageBodies.Patients(http).CountAsync(cts.Token).WaitAsync(TimeSpan.FromSeconds(5)));
    }
}
