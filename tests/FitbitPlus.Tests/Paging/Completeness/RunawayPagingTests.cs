using System.Net;
using System.Text;
using FitbitPlus.Cli;
using FitbitPlus.Paging;
using FitbitPlus.Tests.Cli;
using FitbitPlus.Tests.Support;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Paging;

/// <summary>Servers that never stop paging (issue 14, finding 2): both pagers and the CLI stop on their own.</summary>
public class RunawayPagingTests
{
    [Test]
    public async Task Enumerate_FreshCursorsSameResources_StopsWithNoProgress()
    {
        var server = new EndlessServer(["p1", "p2"], count: 4);
        using var http = new HttpClient(server) { BaseAddress = new Uri(PageBodies.Base) };
        var pager = PageBodies.Patients(http);

        var ids = await PageBodies.IdsOf(pager);

        Assert.That(ids, Has.Count.EqualTo(8), "page 1 is new, pages 2-4 bring nothing new");
        Assert.That(server.Requests, Is.EqualTo(4));
        Assert.That(pager.LastReport!.StopReason, Is.EqualTo(PagingStopReason.NoProgress));
        Assert.That(pager.LastReport.IsComplete, Is.False);
        Assert.That(pager.LastReport.ToString(), Does.Contain("nothing new"));
    }

    [Test]
    public async Task EnumerateAsync_FreshCursorsSameResources_StopsWithNoProgress()
    {
        var server = new EndlessServer(["p1", "p2"], count: 4);
        using var http = new HttpClient(server) { BaseAddress = new Uri(PageBodies.Base) };
        var pager = Pagers.FromCatalog(() => http, "patient", null, null);

        var count = 0;
        await foreach (var _ in pager)
        {
            count++;
        }

        Assert.That(count, Is.EqualTo(8));
        Assert.That(pager.LastReport!.StopReason, Is.EqualTo(PagingStopReason.NoProgress));
    }

    [Test]
    public async Task Enumerate_FreshCursorsSameResourcesThrowMode_ThrowsPagingIncomplete()
    {
        var server = new EndlessServer(["p1", "p2"], count: 4);
        using var http = new HttpClient(server) { BaseAddress = new Uri(PageBodies.Base) };
        var pager = PageBodies.Patients(http, new PagingOptions { Completeness = CompletenessMode.Throw });

        var ex = await Assert.ThrowsAsync<PagingIncompleteException>(() => PageBodies.IdsOf(pager));

        Assert.That(ex!.Report.StopReason, Is.EqualTo(PagingStopReason.NoProgress));
        Assert.That(server.Requests, Is.EqualTo(4));
    }

    [Test]
    public async Task Enumerate_EmptyPagesWithNextForever_StopsAfterThreePages()
    {
        var server = new EndlessServer([], count: 4);
        using var http = new HttpClient(server) { BaseAddress = new Uri(PageBodies.Base) };
        var pager = PageBodies.Patients(http, new PagingOptions { ReadAheadPages = 1 });

        var ids = await PageBodies.IdsOf(pager);

        Assert.That(ids, Is.Empty);
        Assert.That(pager.LastReport!.Pages, Is.EqualTo(PagingOptions.MaxPagesWithoutProgress));
        Assert.That(pager.LastReport.StopReason, Is.EqualTo(PagingStopReason.NoProgress));
    }

    [Test]
    public async Task EnumerateAsync_EmptyPagesWithNextForever_StopsAfterThreePages()
    {
        var server = new EndlessServer([], count: null);
        using var http = new HttpClient(server) { BaseAddress = new Uri(PageBodies.Base) };
        var pager = Pagers.FromCatalog(() => http, "patient", null, null);

        await foreach (var _ in pager)
        {
        }

        Assert.That(server.Requests, Is.EqualTo(3));
        Assert.That(pager.LastReport!.StopReason, Is.EqualTo(PagingStopReason.NoProgress));
    }

    [Test]
    public async Task Enumerate_FreshCursorsWithoutDuplicateDetection_StopsWhenFarBeyondMetaCount()
    {
        var server = new EndlessServer(["p1", "p2"], count: 4);
        using var http = new HttpClient(server) { BaseAddress = new Uri(PageBodies.Base) };
        var pager = PageBodies.Patients(http, new PagingOptions { DetectDuplicates = false });

        var ids = await PageBodies.IdsOf(pager);

        // meta.count 4 + margin max(100, 4): the first page passing 104 resources is the last.
        Assert.That(ids, Has.Count.EqualTo(106));
        Assert.That(pager.LastReport!.StopReason, Is.EqualTo(PagingStopReason.CountExceeded));
    }

    [Test]
    public async Task Enumerate_MaxPages_StopsThereAndReportsIt()
    {
        using var http = PageBodies.Client(PageBodies.ThreeCursorPages(count: 5));
        var pager = PageBodies.Patients(http, new PagingOptions { Limit = 2, MaxPages = 2 });

        var ids = await PageBodies.IdsOf(pager);

        Assert.That(ids, Is.EqualTo(new[] { "p1", "p2", "p3", "p4" }));
        Assert.That(pager.LastReport!.StopReason, Is.EqualTo(PagingStopReason.MaxPagesReached));
        Assert.That(pager.LastReport.ToString(), Does.Contain("MaxPages"));
    }

    [Test]
    public async Task Enumerate_MaxPagesEqualToThePageCount_IsComplete()
    {
        using var http = PageBodies.Client(PageBodies.ThreeCursorPages(count: 5));
        var pager = PageBodies.Patients(http, new PagingOptions { Limit = 2, MaxPages = 3 });

        await PageBodies.IdsOf(pager);

        Assert.That(pager.LastReport!.IsComplete, Is.True);
    }

    [Test]
    public void Enumerate_MaxPagesZero_RejectedWhereThePagerIsCreated()
    {
        using var http = PageBodies.Client(PageBodies.ThreeCursorPages());

        Assert.Throws<ArgumentOutOfRangeException>(() => PageBodies.Patients(http, new PagingOptions { MaxPages = 0 }));
    }

    [Test]
    public async Task Export_FreshCursorsForever_ExitsOneWithTheReport()
    {
        var page = 0;
        // Gives up after 300 pages (a malformed page) so a regression fails instead of hanging.
        using var server = new HostileServer(_ => Interlocked.Increment(ref page) is var n && n > 300 ? "{}" : EndlessServer.Page(["p1", "p2"], 4, n));

        var run = await CliRun.RunAsync(["export", "patient", "--base-url", server.BaseUrl, "--client-id", "id", "--client-secret", "hostile-secret"]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failure), run.ToString());
        Assert.That(run.Stderr, Does.Contain("nothing new"));
        Assert.That(run.StdoutLines, Has.Length.EqualTo(8));
        Assert.That(server.ApiRequests, Is.LessThanOrEqualTo(5), "read-ahead may have started one more page");
    }

    /// <summary>Every page holds the same resources and a fresh next cursor; gives up (500) after 300 pages so a regression fails instead of hanging.</summary>
    private sealed class EndlessServer(string[] ids, int? count) : HttpMessageHandler
    {
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        public static string Page(string[] ids, int? count, int n)
        {
            var doc = JObject.Parse(PageBodies.Patients(ids, $"/pub/patient?page[after]=c{n}", count));
            return doc.ToString();
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref _requests);
            return Task.FromResult(n > 300
                ? new HttpResponseMessage(HttpStatusCode.InternalServerError)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Page(ids, count, n), Encoding.UTF8, PageBodies.JsonApi) });
        }
    }
}
