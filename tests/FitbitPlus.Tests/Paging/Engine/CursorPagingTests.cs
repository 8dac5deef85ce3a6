using FitbitPlus.Paging;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.Paging;

public class CursorPagingTests
{
    [Test]
    public async Task Enumerate_RelativeNextLinksWithPub_ResolvedAgainstOriginNotJoinedOntoBase()
    {
        var requested = new List<string>();
        var mock = PageBodies.ThreeCursorPages();
        using var http = new HttpClient(new RecordingHandler(mock, requested)) { BaseAddress = new Uri(PageBodies.Base) };

        var ids = await PageBodies.IdsOf(PageBodies.Patients(http, new PagingOptions { Limit = 2 }));

        Assert.That(ids, Is.EqualTo(PageBodies.Ids(1, 5)));
        Assert.That(requested, Is.EqualTo(new[]
        {
            "https://api.example.test/pub/patient?filter%5Borganization%5D=o1&page%5Blimit%5D=2",
            "https://api.example.test/pub/patient?filter[organization]=o1&page[limit]=2&page[after]=c2",
            "https://api.example.test/pub/patient?filter[organization]=o1&page[limit]=2&page[after]=c4",
        }));
        Assert.That(requested, Has.None.Contains("/pub/pub/"));
    }

    [Test]
    public async Task Enumerate_DefaultOptions_FirstRequestIsCursorWithLimitOnly()
    {
        var requested = new List<string>();
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(PageBodies.JsonApi, PageBodies.Patients(PageBodies.Ids(1, 1)));
        using var http = new HttpClient(new RecordingHandler(mock, requested)) { BaseAddress = new Uri(PageBodies.Base) };

        await PageBodies.IdsOf(PageBodies.Patients(http));

        Assert.That(requested, Has.Count.EqualTo(1));
        Assert.That(Uri.UnescapeDataString(requested[0]), Does.Contain("page[limit]=50")
            .And.Not.Contain("page[size]").And.Not.Contain("page[number]").And.Not.Contain("page[after]"));
    }

    [Test]
    public async Task Enumerate_QueryWithoutPagingParameters_PagerAddsTheStrategysOnes()
    {
        var mock = new MockHttpMessageHandler();
        mock.Expect(PageBodies.Base + "patient?filter%5Borganization%5D=o1&page%5Blimit%5D=7")
            .Respond(PageBodies.JsonApi, PageBodies.Patients(PageBodies.Ids(1, 1)));
        using var http = PageBodies.Client(mock);
        var pager = PageBodies.Patients(http, new PagingOptions { Limit = 7 });

        Assert.That(await PageBodies.IdsOf(pager), Is.EqualTo(new[] { "p1" }));
        mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task Enumerate_SkipPagingExplicit_SendsSizeAndNumberAndFollowsNextLinks()
    {
        var mock = new MockHttpMessageHandler();
        mock.Expect(PageBodies.Base + "patient?filter%5Borganization%5D=o1&page%5Bsize%5D=2&page%5Bnumber%5D=1")
            .Respond(PageBodies.JsonApi, PageBodies.Patients(PageBodies.Ids(1, 2), "/pub/patient?filter[organization]=o1&page[size]=2&page[number]=2", 3));
        mock.Expect(PageBodies.Origin + "/pub/patient?filter[organization]=o1&page[size]=2&page[number]=2")
            .Respond(PageBodies.JsonApi, PageBodies.Patients(PageBodies.Ids(3, 3)));
        using var http = PageBodies.Client(mock);
        var pager = PageBodies.Patients(http, new PagingOptions { Size = 2 });

        Assert.That(await PageBodies.IdsOf(pager), Is.EqualTo(PageBodies.Ids(1, 3)));
        mock.VerifyNoOutstandingExpectation();
        Assert.That(pager.LastReport!.IsComplete, Is.True);
    }

    [Test]
    public async Task Enumerate_NextLinkToAnotherOrigin_RefusedWithoutSendingIt()
    {
        var mock = new MockHttpMessageHandler();
        mock.When(PageBodies.Base + "patient*").Respond(PageBodies.JsonApi, PageBodies.Patients(PageBodies.Ids(1, 1), "https://evil.example/pub/patient?page[after]=x"));
        var evil = mock.When("https://evil.example/*").Respond(PageBodies.JsonApi, PageBodies.Patients([]));
        using var http = PageBodies.Client(mock);

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => PageBodies.IdsOf(PageBodies.Patients(http)));

        Assert.That(ex!.Message, Does.Contain("another origin").And.Contain("evil.example"));
        Assert.That(mock.GetMatchCount(evil), Is.EqualTo(0));
    }

    [Test]
    public async Task AsPages_ExposesEachPagesResourcesMetaLinksAndIncluded()
    {
        const string body = """
            {"meta":{"count":3},"links":{"next":"/pub/calendar_event?include=owner&page[limit]=50&page[after]=c2"},
             "data":[{"type":"calendar_event","id":"e1","relationships":{"owner":{"data":{"type":"patient","id":"p1"}}}}],
             "included":[{"type":"patient","id":"p1","attributes":{"first_name":"Ann"}}]}
            """;
        var mock = new MockHttpMessageHandler();
        PageBodies.Exact(mock, PageBodies.Base + "calendar_event?include=owner&page%5Blimit%5D=50").Respond(PageBodies.JsonApi, body);
        using var http = PageBodies.Client(mock);
        var pager = Pagers.FromQuery<Models.FetchCalendarEventsResponse, Models.CalendarEventResource>(
            () => http, "calendar_event", new CollectionQuery { Include = "owner" }, null);

        await using var pages = pager.AsPagesAsync().GetAsyncEnumerator();
        Assert.That(await pages.MoveNextAsync(), Is.True);
        var first = pages.Current;

        Assert.That(first.Resources.Select(r => r.Id), Is.EqualTo(new[] { "e1" }));
        Assert.That(first.Meta!.Count, Is.EqualTo(3));
        Assert.That(first.Links.Next, Is.EqualTo("/pub/calendar_event?include=owner&page[limit]=50&page[after]=c2"));
        Assert.That(first.Included.Count, Is.EqualTo(1));
        Assert.That(first.Included.TryGet<Models.PatientResource>("patient", "p1", out var owner), Is.True);
        Assert.That(owner!.Attributes!.FirstName, Is.EqualTo("Ann"));
        Assert.That(first.Included.WasRequested("owner"), Is.True, "the request's include is passed on");
        Assert.That(first.ContinuationToken, Is.Not.Null);
    }

    /// <summary>Records the exact request URIs before handing them to MockHttp.</summary>
    internal sealed class RecordingHandler(HttpMessageHandler inner, List<string> requested) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (requested)
            {
                requested.Add(request.RequestUri!.OriginalString);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
