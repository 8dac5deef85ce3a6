using FitbitPlus.Paging;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.Paging;

public class CompletenessTests
{
    [Test]
    public async Task Enumerate_FewerThanMetaCount_ReportSaysShort()
    {
        using var http = PageBodies.Client(PageBodies.ThreeCursorPages(count: 7));
        var pager = PageBodies.Patients(http, new PagingOptions { Limit = 2 });

        var ids = await PageBodies.IdsOf(pager);

        Assert.That(ids, Has.Count.EqualTo(5));
        var report = pager.LastReport!;
        Assert.That(report.IsComplete, Is.False);
        Assert.That(report.Yielded, Is.EqualTo(5));
        Assert.That(report.ExpectedCount, Is.EqualTo(7));
        Assert.That(report.Pages, Is.EqualTo(3));
        Assert.That(report.ToString(), Does.Contain("meta.count announced 7"));
    }

    [Test]
    public async Task Enumerate_MatchingCount_ReportComplete()
    {
        using var http = PageBodies.Client(PageBodies.ThreeCursorPages(count: 5));
        var pager = PageBodies.Patients(http, new PagingOptions { Limit = 2, Completeness = CompletenessMode.Throw });

        await PageBodies.IdsOf(pager);

        Assert.That(pager.LastReport!.IsComplete, Is.True);
    }

    [Test]
    public async Task Enumerate_ServerRepeatsResources_DuplicatesReported()
    {
        var mock = new MockHttpMessageHandler();
        PageBodies.Exact(mock, PageBodies.Base + "patient?filter%5Borganization%5D=o1&page%5Blimit%5D=50")
            .Respond(PageBodies.JsonApi, PageBodies.Patients(["p1", "p2"], "/pub/patient?page[after]=b", 4));
        PageBodies.Exact(mock, PageBodies.Origin + "/pub/patient?page[after]=b").Respond(PageBodies.JsonApi, PageBodies.Patients(["p2", "p3"]));
        using var http = PageBodies.Client(mock);
        var pager = PageBodies.Patients(http);

        var ids = await PageBodies.IdsOf(pager);

        Assert.That(ids, Is.EqualTo(new[] { "p1", "p2", "p2", "p3" }), "resources are yielded as served");
        Assert.That(pager.LastReport!.Duplicates, Is.EqualTo(1));
        Assert.That(pager.LastReport.DuplicateSamples, Is.EqualTo(new[] { "patient/p2" }));
        Assert.That(pager.LastReport.IsComplete, Is.False);
    }

    [Test]
    public async Task Enumerate_RepeatBeyondTheExactWindow_ReportedAsPossibleAndStillComplete()
    {
        var first = Enumerable.Range(0, DuplicateDetector.WindowSize + 50).Select(i => $"p{i}").ToArray();
        var mock = new MockHttpMessageHandler();
        PageBodies.Exact(mock, PageBodies.Base + "patient?filter%5Borganization%5D=o1&page%5Blimit%5D=50")
            .Respond(PageBodies.JsonApi, PageBodies.Patients(first, "/pub/patient?page[after]=b", first.Length + 1));
        PageBodies.Exact(mock, PageBodies.Origin + "/pub/patient?page[after]=b").Respond(PageBodies.JsonApi, PageBodies.Patients(["p0"]));
        using var http = PageBodies.Client(mock);
        var pager = PageBodies.Patients(http);

        var ids = await PageBodies.IdsOf(pager);

        Assert.That(ids, Has.Count.EqualTo(first.Length + 1), "a possible duplicate is still yielded");
        Assert.That(pager.LastReport!.Duplicates, Is.Zero, "an unconfirmable hash hit is never reported as a duplicate");
        Assert.That(pager.LastReport.PossibleDuplicates, Is.EqualTo(1));
        Assert.That(pager.LastReport.IsComplete, Is.True);
    }

    [Test]
    public async Task Enumerate_NextLinkLoops_StopsAtFirstRepeatAndReportsLoop()
    {
        var (mock, second) = LoopingServer();
        using var http = PageBodies.Client(mock);
        var pager = PageBodies.Patients(http, new PagingOptions { DetectDuplicates = false });

        var ids = await PageBodies.IdsOf(pager);

        Assert.That(ids, Is.EqualTo(new[] { "p1", "p2" }));
        Assert.That(mock.GetMatchCount(second), Is.EqualTo(1), "the repeated link is not fetched again");
        Assert.That(pager.LastReport!.LoopDetected, Is.True);
        Assert.That(pager.LastReport.RepeatedLink, Is.EqualTo("/pub/patient?page[after]=b"));
    }

    [Test]
    public async Task Enumerate_NextLinkLoopsInThrowMode_PagingIncompleteExceptionAfterLastResource()
    {
        var (mock, _) = LoopingServer();
        using var http = PageBodies.Client(mock);
        var pager = PageBodies.Patients(http, new PagingOptions { Completeness = CompletenessMode.Throw });
        var seen = new List<string>();

        var ex = await Assert.ThrowsAsync<PagingIncompleteException>(async () =>
        {
            await foreach (var p in pager)
            {
                seen.Add(p.Id!);
            }
        });

        Assert.That(seen, Is.EqualTo(new[] { "p1", "p2" }));
        Assert.That(ex!.Report.LoopDetected, Is.True);
        Assert.That(ex, Is.InstanceOf<FitbitPlusException>());
        Assert.That(ex.Message, Does.Not.Contain("page[after]"), "links may carry identifiers; the report keeps them");
    }

    [Test]
    public async Task Enumerate_ShortInThrowMode_PagingIncompleteException()
    {
        using var http = PageBodies.Client(PageBodies.ThreeCursorPages(count: 6));
        var pager = PageBodies.Patients(http, new PagingOptions { Limit = 2, Completeness = CompletenessMode.Throw });

        var ex = await Assert.ThrowsAsync<PagingIncompleteException>(() => PageBodies.IdsOf(pager));

        Assert.That(ex!.Report.ExpectedCount, Is.EqualTo(6));
        Assert.That(ex.Report.Yielded, Is.EqualTo(5));
    }

    private static (MockHttpMessageHandler Mock, MockedRequest Second) LoopingServer()
    {
        var mock = new MockHttpMessageHandler();
        PageBodies.Exact(mock, PageBodies.Base + "patient?filter%5Borganization%5D=o1&page%5Blimit%5D=50")
            .Respond(PageBodies.JsonApi, PageBodies.Patients(["p1"], "/pub/patient?page[after]=b", 2));
        var second = PageBodies.Exact(mock, PageBodies.Origin + "/pub/patient?page[after]=b")
            .Respond(PageBodies.JsonApi, PageBodies.Patients(["p2"], "/pub/patient?page[after]=b"));
        return (mock, second);
    }
}
