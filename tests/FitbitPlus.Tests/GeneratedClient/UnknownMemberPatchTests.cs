using FitbitPlus.Models;
using FitbitPlus.Paging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.GeneratedClient;

/// <summary>A read-modify-write with the generated types sends back the members our spec does not declare.</summary>
public class UnknownMemberPatchTests
{
    private const string FetchedPatient = """
        {"meta":{"req_id":"q1"},
         "data":{"type":"patient","id":"p1",
           "attributes":{"first_name":"Ada","last_name":"Lovelace","created_by":"c9",
                         "preferences":{"channel":"sms","quiet_hours":[22,7]}},
           "relationships":{"groups":{"data":[{"type":"group","id":"g1"}]}},
           "meta":{"version":3},
           "x_source":"emr"}}
        """;

    [Test]
    public void UpdatePatientRequest_DataOfAFetchedPatient_SerializesItsUnknownMembers()
    {
        var serializer = GeneratedJson.CreateSerializer();
        var fetched = Deserialize<FetchPatientResponse>(serializer, FetchedPatient);

        // The request has its own data type (nothing required); the fetched resource moves into it through JSON.
        var request = new UpdatePatientRequest { Data = JObject.FromObject(fetched.Data, serializer).ToObject<UpdatePatientRequestData>(serializer)! };
        request.Data.Attributes!.FirstName = "Augusta";
        var sent = Serialize(serializer, request);

        Assert.That((string?)sent["data"]?["attributes"]?["first_name"], Is.EqualTo("Augusta"));
        Assert.That((string?)sent["data"]?["attributes"]?["created_by"], Is.EqualTo("c9"), "unknown attribute");
        Assert.That(JToken.DeepEquals(sent["data"]?["attributes"]?["preferences"], JObject.Parse("""{"channel":"sms","quiet_hours":[22,7]}""")), Is.True,
            "unknown nested attribute: " + sent);
        Assert.That((int?)sent["data"]?["meta"]?["version"], Is.EqualTo(3), "resource-level meta");
        Assert.That((string?)sent["data"]?["x_source"], Is.EqualTo("emr"), "unknown resource-level member");
    }

    [Test]
    public void UpdateActionRequest_OnlyTitleSet_SendsOnlyTheTitle()
    {
        var serializer = GeneratedJson.CreateSerializer();
        var request = new UpdateActionRequest
        {
            Data = new UpdateActionRequestData { Type = "action", Id = "a1", Attributes = new UpdateActionRequestDataAttributes { Title = "Walk" } },
        };

        var sent = Serialize(serializer, request);

        Assert.That(JToken.DeepEquals(sent["data"]?["attributes"], JObject.Parse("""{"title":"Walk"}""")), Is.True, sent.ToString());
    }

    private static T Deserialize<T>(JsonSerializer serializer, string json)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        return serializer.Deserialize<T>(reader) ?? throw new AssertionException("deserialized to null");
    }

    private static JObject Serialize(JsonSerializer serializer, object value)
    {
        using var writer = new StringWriter();
        serializer.Serialize(writer, value);
        return JObject.Parse(writer.ToString());
    }
}
