using System.Net;
using FitbitPlus.Models;
using FitbitPlus.Paging;
using FitbitPlus.Tests.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static FitbitPlus.Tests.JsonApi.TypedIncludedDocuments;

namespace FitbitPlus.Tests.JsonApi;

/// <summary>By-name paging (what the CLI's export reads) keeps included resources exactly as sent.</summary>
public class RawIncludedPartsTests
{
    [Test]
    public async Task EnumerateAsync_IncludedKnownTypeWithExplicitNulls_PartsExactlyAsSent()
    {
        var pages = await ByNamePagesWithRawCoachAsync();

        var expected = Json(RawCoach);
        var raw = pages.Single().Document.Included!.Single();
        Assert.That(raw.TypedInstance, Is.Null, "by-name documents are not read typed");
        Assert.That(JToken.DeepEquals((JToken)raw.Attributes!, expected["attributes"]), Is.True, "explicit null and the date string kept");
        Assert.That(JToken.DeepEquals((JToken)raw.Relationships!, expected["relationships"]), Is.True);
    }

    [Test]
    public void Deserialize_JsonCollectionDocumentWithTheGeneratedSettings_IncludedStaysGeneric()
    {
        var document = ReadTyped<JsonCollectionDocument>(PatientsWithRawCoach);
        var typed = ReadTyped<FetchCalendarEventsResponse>(PatientsWithRawCoach);

        Assert.That(document.Included!.Single().Attributes, Is.InstanceOf<JObject>());
        Assert.That(((JObject)document.Included!.Single().Attributes!).ContainsKey("last_name"), Is.True);
        Assert.That(typed.Included!.Single().Attributes, Is.InstanceOf<CoachAttributes>(), "the same body in a typed document is read typed");
    }

    private static JToken Json(string json) => JToken.ReadFrom(new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None });
}
