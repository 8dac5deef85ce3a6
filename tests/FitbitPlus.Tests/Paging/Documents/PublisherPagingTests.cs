using System.Net;
using FitbitPlus.Paging;
using FitbitPlus.Tests.Http;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Paging;

/// <summary>
/// Paging over what the publisher's examples show: skip-style next links (<c>page[number]</c>/<c>page[size]</c>),
/// relative links that carry <c>/pub/</c>, and a next link that repeats the current page; for the typed pager and
/// <c>EnumerateAsync</c>, in both completeness modes.
/// </summary>
[TestFixture(PagerKind.Typed)]
[TestFixture(PagerKind.Enumerate)]
public sealed class PublisherPagingTests
{
    private const string Page2 = "/pub/patient?filter[groups]=g1&page[number]=2&page[size]=3";
    private readonly PagerKind _kind;

    public PublisherPagingTests(PagerKind kind) => _kind = kind;

    public enum PagerKind
    {
        Typed,
        Enumerate,
    }

    [TestCase(CompletenessMode.Report)]
    [TestCase(CompletenessMode.Throw)]
    public async Task Enumerate_SkipStyleRelativeLinksWithPub_FollowsThemToTheEnd(CompletenessMode mode)
    {
        using var harness = Server(page2Next: null);
        using var client = harness.CreateClient();

        var (ids, report) = await RunAsync(client, mode);

        Assert.That(ids, Is.EqualTo(PageBodies.Ids(1, 5)));
        Assert.That(report!.IsComplete, Is.True, report.ToString());
        Assert.That(harness.ApiRequests.Select(r => r.Uri.AbsolutePath), Is.EqualTo(new[] { "/pub/patient", "/pub/patient" }), "the link's /pub/ is not doubled");
        Assert.That(Uri.UnescapeDataString(harness.ApiRequests.Last().Uri.Query), Is.EqualTo("?filter[groups]=g1&page[number]=2&page[size]=3"), "the link is followed as sent");
    }

    [Test]
    public async Task Enumerate_NextRepeatsTheCurrentPageInReportMode_EndsWithALoopReport()
    {
        using var harness = Server(page2Next: Page2);
        using var client = harness.CreateClient();

        var (ids, report) = await RunAsync(client, CompletenessMode.Report);

        Assert.That(ids, Is.EqualTo(PageBodies.Ids(1, 5)), "every resource once, none repeated");
        Assert.That(harness.ApiRequests, Has.Count.EqualTo(2), "the repeated page is not fetched again");
        Assert.That(report!.LoopDetected, Is.True);
        Assert.That(report.IsComplete, Is.False);
        Assert.That(report.RepeatedLink, Is.EqualTo(Page2));
        Assert.That(report.ToString(), Does.Contain("loop").IgnoreCase.Or.Contain("repeat").IgnoreCase);
    }

    [Test]
    public async Task Enumerate_NextRepeatsTheCurrentPageInThrowMode_PagingIncompleteExceptionAfterEveryResource()
    {
        using var harness = Server(page2Next: Page2);
        using var client = harness.CreateClient();
        var seen = new List<string>();

        var ex = await Assert.ThrowsAsync<PagingIncompleteException>(() => RunAsync(client, CompletenessMode.Throw, seen));

        Assert.That(seen, Is.EqualTo(PageBodies.Ids(1, 5)));
        Assert.That(ex!.Report.LoopDetected, Is.True);
        Assert.That(harness.ApiRequests, Has.Count.EqualTo(2));
    }

    [TestCase(CompletenessMode.Report)]
    [TestCase(CompletenessMode.Throw)]
    public async Task Enumerate_FirstPagesNextIsItsOwnAddressWrittenUnescaped_EndsWithoutRefetching(CompletenessMode mode)
    {
        // The publisher writes brackets unescaped; the first request was sent escaped. Both name the same page.
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (seen, _) => ClientHarness.Json(HttpStatusCode.OK,
            PageBodies.Patients(PageBodies.Ids(1, 3), Uri.UnescapeDataString(seen.Uri.PathAndQuery), 3)));
        using var client = harness.CreateClient();
        var seenIds = new List<string>();

        PagingReport? report;
        if (mode == CompletenessMode.Throw)
        {
            var ex = await Assert.ThrowsAsync<PagingIncompleteException>(() => RunAsync(client, mode, seenIds));
            report = ex!.Report;
        }
        else
        {
            (_, report) = await RunAsync(client, mode, seenIds);
        }

        Assert.That(seenIds, Is.EqualTo(PageBodies.Ids(1, 3)));
        Assert.That(harness.ApiRequests, Has.Count.EqualTo(1), "the first page is not fetched a second time");
        Assert.That(report!.LoopDetected, Is.True);
        Assert.That(report.Duplicates, Is.Zero);
    }

    private static ClientHarness Server(string? page2Next)
    {
        var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (seen, _) => ClientHarness.Json(HttpStatusCode.OK,
            Uri.UnescapeDataString(seen.Uri.Query).Contains("page[number]=2", StringComparison.Ordinal)
                ? Page(PageBodies.Ids(4, 5), page2Next, Page2)
                : Page(PageBodies.Ids(1, 3), Page2, "/pub/patient?filter[groups]=g1&page[number]=1&page[size]=3")));
        return harness;
    }

    // The publisher's example collection answer: self/next/last links, meta.count.
    private static string Page(IEnumerable<string> ids, string? next, string self)
    {
        var document = JObject.Parse(PageBodies.Patients(ids, next, 5));
        var links = document["links"] as JObject ?? [];
        links["self"] = self;
        links["last"] = Page2;
        document["links"] = links;
        return document.ToString();
    }

    private async Task<(List<string> Ids, PagingReport? Report)> RunAsync(FitbitPlusClient client, CompletenessMode mode, List<string>? seen = null)
    {
        seen ??= [];
        var options = new PagingOptions { Completeness = mode };
        if (_kind == PagerKind.Typed)
        {
            var pager = client.Patients.ListAsync(groups: "g1", paging: options);
            await foreach (var patient in pager)
            {
                seen.Add(patient.Id!);
            }

            return (seen, pager.LastReport);
        }

        var query = new CollectionQuery();
        query.Filters["filter[groups]"] = "g1";
        var raw = client.EnumerateJsonAsync("patient", query, options);
        await foreach (var resource in raw)
        {
            seen.Add((string)resource["id"]!);
        }

        return (seen, raw.LastReport);
    }
}
