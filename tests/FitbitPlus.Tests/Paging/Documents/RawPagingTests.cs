using System.Net;
using System.Text;
using FitbitPlus.Models;
using FitbitPlus.Paging;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.Paging;

/// <summary><c>EnumerateRawAsync</c>: resources as the server's bytes, held to the same page checks as typed paging.</summary>
public class RawPagingTests
{
    private const string FirstUri = PageBodies.Base + "patient?filter%5Borganization%5D=o1&page%5Blimit%5D=50";

    // Spacing, an escaped character, a nested array and member order exactly as a server might write them.
    private const string OddResource = """{ "id" : "p1","type":"patient", "attributes":{"first_name":"Jos\u00e9","phone_numbers":[{"value":"+1617"}],"note":null} }""";

    [Test]
    public async Task EnumerateRaw_TwoPages_EachResourceIsTheServersBytesWithTypeAndId()
    {
        var mock = new MockHttpMessageHandler();
        PageBodies.Exact(mock, FirstUri).Respond(PageBodies.JsonApi,
            $$$"""{"meta":{"count":2},"data":[{{{OddResource}}}],"links":{"self":"x","next":"/pub/patient?page[after]=p1"}}""");
        PageBodies.Exact(mock, PageBodies.Origin + "/pub/patient?page[after]=p1").Respond(PageBodies.JsonApi, PageBodies.Patients(["p2"]));
        using var http = PageBodies.Client(mock);
        var pager = Raw(http);

        var resources = await ToListAsync(pager);

        Assert.That(resources.Select(r => (r.Type, r.Id)), Is.EqualTo(new[] { ("patient", "p1"), ("patient", "p2") }));
        Assert.That(resources[0].GetJson(), Is.EqualTo(OddResource), "not re-serialized: the escape, spacing and explicit null stay");
        Assert.That(JObject.Parse(resources[1].GetJson())["attributes"]!["first_name"]!.Value<string>(), Is.EqualTo("Pp2"));
        Assert.That(resources[0].ToString(), Is.EqualTo("patient 'p1'"), "no personal data in ToString");
        Assert.That(pager.LastReport!.IsComplete, Is.True);
        Assert.That(pager.LastReport.ExpectedCount, Is.EqualTo(2));
    }

    [TestCase("text/html", "<html><body>Maintenance</body></html>", "content type is 'text/html'")]
    [TestCase("application/json", "<html><body>Maintenance</body></html>", "not valid JSON (line 1")]
    [TestCase("application/vnd.api+json", "", "body is empty")]
    [TestCase("application/vnd.api+json", """{"meta":{"count":2},"data":[{"type":"patient","id":"p1"},{"type":"pat""", "not valid JSON")]
    [TestCase("application/vnd.api+json", """{"data":[]} trailing""", "not valid JSON")]
    [TestCase("application/vnd.api+json", """{"meta":{"count":2}}""", "no 'data' member")]
    [TestCase("application/vnd.api+json", """{"data":null}""", "its 'data' is null, not an array of resources")]
    [TestCase("application/vnd.api+json", """{"data":{"type":"patient","id":"p1"}}""", "its 'data' is an object, not an array")]
    [TestCase("application/vnd.api+json", "[]", "its body is an array, not a JSON:API document")]
    [TestCase("application/vnd.api+json", """{"data":[{"type":"patient","id":"p1"},"p2"]}""", "its data[1] is a string, not a resource object")]
    [TestCase("application/vnd.api+json", """{"data":[{"type":"patient","id":12}]}""", "its data[0].id is a number, not a string")]
    [TestCase("application/vnd.api+json", """{"data":[],"links":{"next":7}}""", "its links.next is a number, not a string")]
    [TestCase("application/vnd.api+json", """{"meta":{"count":"many"},"data":[]}""", "its meta.count is a string, not a whole number")]
    public async Task EnumerateRaw_MalformedFirstPage_FitbitPlusExceptionNamingTheProblem(string mediaType, string body, string expected)
    {
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, mediaType) });
        using var http = PageBodies.Client(mock);

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => ToListAsync(Raw(http)));

        Assert.That(ex!.Message, Does.Contain(expected).And.Contain("GET /pub/patient"));
        Assert.That(ex.Message, Does.Not.Contain("filter"), "the query may carry identifiers");
        Assert.That(ex.StatusCode, Is.Null, "no exception reports a success status");
    }

    [Test]
    public async Task EnumerateRaw_ErrorsInASuccessAnswer_ThrowsTheApiErrors()
    {
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(PageBodies.JsonApi, """{"data":[],"errors":[{"status":"409","code":"InvalidParameter","detail":"no"}]}""");
        using var http = PageBodies.Client(mock);

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => ToListAsync(Raw(http)));

        Assert.That(ex!.ErrorCode, Is.EqualTo("InvalidParameter"));
    }

    [Test]
    public async Task EnumerateRaw_ServerRepeatsResources_DuplicatesReported()
    {
        var mock = new MockHttpMessageHandler();
        PageBodies.Exact(mock, FirstUri).Respond(PageBodies.JsonApi, PageBodies.Patients(["p1", "p2"], "/pub/patient?page[after]=b", 4));
        PageBodies.Exact(mock, PageBodies.Origin + "/pub/patient?page[after]=b").Respond(PageBodies.JsonApi, PageBodies.Patients(["p2", "p3"]));
        using var http = PageBodies.Client(mock);
        var pager = Raw(http);

        var ids = (await ToListAsync(pager)).Select(r => r.Id);

        Assert.That(ids, Is.EqualTo(new[] { "p1", "p2", "p2", "p3" }));
        Assert.That(pager.LastReport!.Duplicates, Is.EqualTo(1));
        Assert.That(pager.LastReport.IsComplete, Is.False);
    }

    [Test]
    public async Task EnumerateRaw_IncludedWithExplicitNull_ResolvedWithRawParts()
    {
        var included = new JArray(JObject.Parse("""{"type":"coach","id":"c1","attributes":{"first_name":"Ann","middle_name":null,"updated_at":"2026-01-02T03:04:05.000+02:00"}}"""));
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(PageBodies.JsonApi, PageBodies.Patients(["p1"], included: included));
        using var http = PageBodies.Client(mock);

        CollectionPage<RawCollectionDocument, RawResource>? page = null;
        await foreach (var p in Raw(http).AsPagesAsync())
        {
            page = p;
        }

        Assert.That(page!.Included.TryGet<Resource>("coach", "c1", out var coach), Is.True);
        var attributes = (JObject)coach!.Attributes!;
        Assert.That(attributes.Property("middle_name")!.Value.Type, Is.EqualTo(JTokenType.Null), "an explicit null is kept");
        Assert.That(attributes["updated_at"]!.Type, Is.EqualTo(JTokenType.String), "dates stay the strings sent");
        Assert.That(page.Included.TryGet<CoachResource>("coach", "c1", out var typed) && typed.Attributes?.FirstName == "Ann", Is.True);
    }

    [Test]
    public async Task EnumerateRaw_BodyWithByteOrderMark_Read()
    {
        var mock = new MockHttpMessageHandler();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(PageBodies.Patients(["p1"]))).ToArray();
        mock.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent(bytes) { Headers = { ContentType = new(PageBodies.JsonApi) } },
        });
        using var http = PageBodies.Client(mock);

        var resources = await ToListAsync(Raw(http));

        Assert.That(resources.Single().Id, Is.EqualTo("p1"));
    }

    [Test]
    public async Task EnumerateRaw_ResumedFromAnItemsToken_YieldsTheRest()
    {
        var mock = PageBodies.ThreeCursorPages();
        using var http = PageBodies.Client(mock);
        var items = new List<PagedItem<RawResource>>();
        await foreach (var item in Raw(http, new PagingOptions { Limit = 2 }).AsResumableItemsAsync())
        {
            items.Add(item);
        }

        var rest = await ToListAsync(Raw(http, new PagingOptions { Limit = 2, ContinuationToken = items[2].ContinuationToken }));

        Assert.That(rest.Select(r => r.Id), Is.EqualTo(items.Skip(3).Select(i => i.Resource.Id)));
        Assert.That(rest, Is.Not.Empty);
    }

    [TestCase("""{"count":3,"req_id":"r\u00e9q"}""", 3, "réq", null)]
    [TestCase("""{"count":null}""", null, null, null)]
    [TestCase("""{"req_id":"r1","count":3,"count":4}""", 4, "r1", null)]
    [TestCase("""{"count":3,"page":{"cursor":"c"}}""", 3, null, "page")]
    [TestCase("""{"req_id":"\ud800","count":3}""", 3, null, null)]
    public async Task EnumerateRaw_PageMeta_ReadAsTheSerializerReadsIt(string meta, int? count, string? requestId, string? other)
    {
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(PageBodies.JsonApi, $$"""{"meta":{{meta}},"data":[{"type":"patient","id":"p1"}]}""");
        using var http = PageBodies.Client(mock);

        FetchMeta? read = null;
        await foreach (var page in Raw(http).AsPagesAsync())
        {
            read = page.Meta;
        }

        var expected = Newtonsoft.Json.JsonConvert.DeserializeObject<FetchMeta>(meta)!;
        Assert.That(read!.Count, Is.EqualTo(count).And.EqualTo(expected.Count));
        Assert.That(read.ReqId, Is.EqualTo(expected.ReqId));
        Assert.That(read.ReqId, requestId is null ? Is.EqualTo(expected.ReqId) : Is.EqualTo(requestId));
        Assert.That(read.AdditionalProperties.Keys, Is.EqualTo(other is null ? Array.Empty<string>() : new[] { other }), "nothing the server sent is lost");
    }

    private static CollectionPager<RawCollectionDocument, RawResource> Raw(HttpClient http, PagingOptions? options = null) =>
        Pagers.FromCatalogRaw(() => http, "patient", new CollectionQuery { Filters = { ["organization"] = "o1" } }, options);

    private static async Task<List<RawResource>> ToListAsync(CollectionPager<RawCollectionDocument, RawResource> pager)
    {
        var list = new List<RawResource>();
        await foreach (var resource in pager)
        {
            list.Add(resource);
        }

        return list;
    }
}
