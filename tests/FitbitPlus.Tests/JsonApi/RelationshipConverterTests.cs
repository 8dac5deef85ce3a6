using FitbitPlus.Models;
using Newtonsoft.Json;

namespace FitbitPlus.Tests.JsonApi;

public class RelationshipConverterTests
{
    [Test]
    public void ReadJson_ToOneWithDataNull_RecordsExplicitNullAndName()
    {
        var evt = JsonApiDocuments.Parse<CalendarEventResource>("""{ "type": "calendar_event", "id": "e1", "relationships": { "owner": { "data": null } } }""");

        Assert.That(evt.Relationships!.Owner!.Data, Is.Null);
        Assert.That(evt.Relationships.Owner.HasExplicitNullData, Is.True);
        Assert.That(evt.Relationships.Owner.Name, Is.EqualTo("owner"));
    }

    [Test]
    public void ReadJson_ToOneWithLinksOnly_NoExplicitNullAndLinksRead()
    {
        var evt = JsonApiDocuments.Parse<CalendarEventResource>("""
            { "type": "calendar_event", "id": "e1", "relationships": { "owner": { "links": { "related": "/pub/calendar_event/e1/owner" }, "meta": { "x": 1 } } } }
            """);

        Assert.That(evt.Relationships!.Owner!.HasExplicitNullData, Is.False);
        Assert.That(evt.Relationships.Owner.Links!.Related, Is.EqualTo("/pub/calendar_event/e1/owner"));
    }

    [Test]
    public void ReadJson_ToManyInsideArray_NameFromPathAndIdentifiersRead()
    {
        var page = JsonApiDocuments.Parse<FetchPatientsResponse>("""
            { "data": [ { "type": "patient", "id": "p1", "relationships": {
                "groups": { "data": [ { "type": "group", "id": "g1" }, { "type": "group", "id": "g2" } ] } } } ] }
            """);

        var groups = page.Data.Single().Relationships!.Groups;
        Assert.That(groups.Name, Is.EqualTo("groups"));
        Assert.That(groups.Data!.Select(d => d.Id), Is.EqualTo(new[] { "g1", "g2" }));
    }

    [Test]
    public void ReadJson_RelationshipIsString_JsonSerializationException()
    {
        Assert.Throws<JsonSerializationException>(() =>
            JsonApiDocuments.Parse<CalendarEventResource>("""{ "type": "calendar_event", "relationships": { "owner": "pt-1" } }"""));
    }

    [Test]
    public void WriteJson_ToOneRelationship_SerializedAsGenerated()
    {
        var relationship = new ToOneRelationship { Data = new ResourceIdentifier { Type = "coach", Id = "c1" } };

        Assert.That(JsonConvert.SerializeObject(relationship), Is.EqualTo("""{"data":{"type":"coach","id":"c1"}}"""));
    }
}
