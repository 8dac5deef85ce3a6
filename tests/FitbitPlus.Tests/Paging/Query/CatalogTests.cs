using FitbitPlus.Paging;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.Paging;

public class CatalogTests
{
    [Test]
    public async Task Enumerate_ByTypeName_FiltersIncludeAndSortInFirstRequestResourcesAsSentJson()
    {
        var mock = new MockHttpMessageHandler();
        PageBodies.Exact(mock, PageBodies.Base + "calendar_event?filter%5Bpatient%5D=p1&filter%5Bstart_at%5D=2024-01-01T00%3A00%3A00%2B02%3A00..9999-12-31T23%3A59%3A59%2B00%3A00&include=owner&sort=-start_at&page%5Blimit%5D=50")
            .Respond(PageBodies.JsonApi, """{"data":[{"type":"calendar_event","id":"e1","attributes":{"start_at":"2024-01-02T09:00:00.000+02:00"}}],"links":{"next":"/pub/calendar_event?page[after]=2"}}""");
        PageBodies.Exact(mock, PageBodies.Origin + "/pub/calendar_event?page[after]=2")
            .Respond(PageBodies.JsonApi, """{"data":[{"type":"calendar_event","id":"e2"}]}""");
        mock.Fallback.Throw(new InvalidOperationException("unexpected request"));
        using var http = PageBodies.Client(mock);
        var query = new CollectionQuery { Include = "owner", Sort = "-start_at" };
        query.Filters["patient"] = "p1";
        query.Filters["start_at"] = FilterFormat.DateRange(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(2)), null);

        var resources = new List<JObject>();
        await foreach (var r in Pagers.FromCatalog(() => http, "calendar_event", query, null))
        {
            resources.Add(r);
        }

        Assert.That(resources.Select(r => (string?)r["id"]), Is.EqualTo(new[] { "e1", "e2" }));
        Assert.That(resources[0]["attributes"]!["start_at"]!.Type, Is.EqualTo(JTokenType.String));
        Assert.That((string?)resources[0]["attributes"]!["start_at"], Is.EqualTo("2024-01-02T09:00:00.000+02:00"), "kept exactly as sent");
    }

    [Test]
    public async Task Enumerate_NestedCollection_ParentIdInPath()
    {
        var mock = new MockHttpMessageHandler();
        PageBodies.Exact(mock, PageBodies.Base + "patient/p%201/coaches?page%5Blimit%5D=50")
            .Respond(PageBodies.JsonApi, """{"data":[{"type":"coach","id":"c1"}]}""");
        mock.Fallback.Throw(new InvalidOperationException("unexpected request"));
        using var http = PageBodies.Client(mock);

        var ids = new List<string?>();
        await foreach (var r in Pagers.FromCatalog(() => http, "patient.coaches", new CollectionQuery { ParentId = "p 1" }, null))
        {
            ids.Add((string?)r["id"]);
        }

        Assert.That(ids, Is.EqualTo(new[] { "c1" }));
    }

    [Test]
    public void FromCatalog_NestedWithoutParentId_ArgumentException()
    {
        using var http = new HttpClient();
        var ex = Assert.Throws<ArgumentException>(() => Pagers.FromCatalog(() => http, "patient.groups", null, null));
        Assert.That(ex!.Message, Does.Contain("ParentId"));
    }

    [Test]
    public void FromCatalog_UnknownName_ArgumentExceptionListingKnownNames()
    {
        using var http = new HttpClient();
        var ex = Assert.Throws<ArgumentException>(() => Pagers.FromCatalog(() => http, "patients", null, null));
        Assert.That(ex!.Message, Does.Contain("'patients'").And.Contain("patient.coaches"));
    }

    [Test]
    public void FromCatalog_PagingParameterAsFilter_ArgumentException()
    {
        using var http = new HttpClient();
        var query = new CollectionQuery();
        query.Filters["page[size]"] = "5";
        Assert.Throws<ArgumentException>(() => Pagers.FromCatalog(() => http, "patient", query, null));
    }

    [Test]
    public void Find_IsCaseInsensitive() =>
        Assert.That(CollectionCatalog.Find("Patient").PathTemplate, Is.EqualTo("patient"));
}
