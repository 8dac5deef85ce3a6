using System.Net;
using FitbitPlus.Cli.Output;
using FitbitPlus.Generated;
using FitbitPlus.Paging;
using FitbitPlus.Tests.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.JsonApi;

/// <summary>By-name paging (the CLI's export and its <c>--include</c> inlining) keeps included resources exactly as sent.</summary>
public class RawIncludedPartsTests
{
    private const string Coach = """
        { "type": "coach", "id": "co-3",
          "attributes": { "first_name": "Lee", "last_name": null, "updated_at": "2024-02-28T08:15:00+01:00" },
          "relationships": { "groups": { "data": null } },
          "links": { "self": "/pub/coach/co-3" } }
        """;

    private const string Page = $$"""
        { "meta": { "count": 1 },
          "data": [ { "type": "patient", "id": "pt-1", "relationships": { "coaches": { "data": [ { "type": "coach", "id": "co-3" } ] } } } ],
          "included": [ {{Coach}} ] }
        """;

    [Test]
    public async Task EnumerateAsync_IncludedKnownTypeWithExplicitNulls_PartsAndInlinedOutputVerbatim()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, Page));
        using var client = harness.CreateClient();

        var pages = new List<CollectionPage<JsonCollectionDocument, JObject>>();
        await foreach (var page in client.EnumerateAsync("patient", new CollectionQuery { Include = "coaches" }).AsPagesAsync())
        {
            pages.Add(page);
        }

        var expected = Json(Coach);
        var raw = pages.Single().Document.Included!.Single();
        Assert.That(raw.TypedInstance, Is.Null, "by-name documents are not read typed");
        Assert.That(JToken.DeepEquals((JToken)raw.Attributes!, expected["attributes"]), Is.True, "explicit null and the date string kept");
        Assert.That(JToken.DeepEquals((JToken)raw.Relationships!, expected["relationships"]), Is.True);

        // What export --include coaches writes for the primary resource's related coach.
        var inlined = new RelatedResourceInliner(pages.Single().Included, new ExportStatistics())
            .Resolve(pages.Single().Resources.Single(), IncludeTree.Parse("coaches")!);
        Assert.That(inlined["coaches"]!.Single().ToString(Formatting.None), Is.EqualTo(expected.ToString(Formatting.None)));
    }

    [Test]
    public void Deserialize_JsonCollectionDocumentWithTheGeneratedSettings_IncludedStaysGeneric()
    {
        var document = TypedIncludedDocuments.ReadTyped<JsonCollectionDocument>(Page);
        var typed = TypedIncludedDocuments.ReadTyped<FetchCalendarEventsResponse>(Page);

        Assert.That(document.Included!.Single().Attributes, Is.InstanceOf<JObject>());
        Assert.That(((JObject)document.Included!.Single().Attributes!).ContainsKey("last_name"), Is.True);
        Assert.That(typed.Included!.Single().Attributes, Is.InstanceOf<CoachAttributes>(), "the same body in a typed document is read typed");
    }

    private static JToken Json(string json) => JToken.ReadFrom(new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None });
}
