using FitbitPlus.Models;
using FitbitPlus.JsonApi;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.JsonApi;

public class JsonApiPatchTests
{
    [Test]
    public void ToJson_UncompleteEvent_ExplicitNullsAndNothingElse()
    {
        var patch = JsonApiPatch.For<CalendarEventAttributes>("calendar_event", "e1")
            .Set(a => a.CompletedAt, null)
            .Set(a => a.CompletedBy, null);

        Assert.That(patch.ToJson(), Is.EqualTo("""{"data":{"type":"calendar_event","id":"e1","attributes":{"completed_at":null,"completed_by":null}}}"""));
    }

    [Test]
    public void ToUtf8Bytes_UncompleteEvent_ExactBytesWithoutBom()
    {
        var patch = JsonApiPatch.For<CalendarEventAttributes>("calendar_event", "e1")
            .Set(a => a.CompletedAt, null)
            .Set(a => a.CompletedBy, null);

        var expected = "{\"data\":{\"type\":\"calendar_event\",\"id\":\"e1\",\"attributes\":{\"completed_at\":null,\"completed_by\":null}}}"u8.ToArray();
        Assert.That(patch.ToUtf8Bytes(), Is.EqualTo(expected));
    }

    [Test]
    public void ToJson_KeysInOrderSetAndReplacedInPlace()
    {
        var patch = JsonApiPatch.For<CalendarEventAttributes>("calendar_event", "e1")
            .Set(a => a.Title, "Draft")
            .Set(a => a.AllDay, true)
            .Set(a => a.Title, "Annual physical");

        Assert.That(patch.ToJson(), Is.EqualTo("""{"data":{"type":"calendar_event","id":"e1","attributes":{"title":"Annual physical","all_day":true}}}"""));
        Assert.That(patch.AttributeNames, Is.EqualTo(new[] { "title", "all_day" }));
    }

    [Test]
    public void ToJson_DateTimeOffset_Iso8601WithOffset()
    {
        var patch = JsonApiPatch.For<CalendarEventAttributes>("calendar_event", "e1")
            .Set(a => a.CompletedAt, new DateTimeOffset(2024, 3, 4, 15, 30, 0, TimeSpan.FromHours(-5)))
            .Set(a => a.EndAt, new DateTimeOffset(2024, 3, 4, 20, 45, 10, 250, TimeSpan.Zero));

        Assert.That(patch.ToJson(), Does.Contain("""{"completed_at":"2024-03-04T15:30:00-05:00","end_at":"2024-03-04T20:45:10.25+00:00"}"""));
    }

    [Test]
    public void Set_DateTimeWithoutKind_ArgumentException()
    {
        var patch = JsonApiPatch.For("calendar_event", "e1");

        var ex = Assert.Throws<ArgumentException>(() => patch.Set("start_at", new DateTime(2024, 3, 4, 9, 0, 0)));

        Assert.That(ex!.Message, Does.Contain("start_at"));
    }

    [Test]
    public void ToJson_NestedObjectsArraysAndRelationships_WrittenAsGiven()
    {
        var attendees = new List<UpdateCalendarEventRequestDataAttributesAttendee> { new() { User = "pt-7", ResponseStatus = "accepted" } };
        var patch = JsonApiPatch.For("calendar_event", "e1")
            .Set("attendees", attendees)
            .Set("location", new { room = "B2", floor = (int?)null })
            .SetRelationship("owner", "coach", "co-3");
        attendees.Clear(); // captured when set

        Assert.That(patch.ToJson(), Is.EqualTo(
            """{"data":{"type":"calendar_event","id":"e1","attributes":{"attendees":[{"user":"pt-7","response_status":"accepted"}],"location":{"room":"B2","floor":null}},"relationships":{"owner":{"data":{"type":"coach","id":"co-3"}}}}}"""));
    }

    [Test]
    public void ToJson_ClearAndToManyRelationships_NullAndArray()
    {
        var patch = JsonApiPatch.For("patient", "pt-7")
            .ClearRelationship("primary_coach")
            .SetRelationship("groups", [new ResourceKey("group", "g1"), new ResourceKey("group", "g2")])
            .SetRelationship("coaches", []);

        Assert.That(patch.ToJson(), Is.EqualTo(
            """{"data":{"type":"patient","id":"pt-7","relationships":{"primary_coach":{"data":null},"groups":{"data":[{"type":"group","id":"g1"},{"type":"group","id":"g2"}]},"coaches":{"data":[]}}}}"""));
    }

    [Test]
    public void Set_JTokenValue_ClonedNotShared()
    {
        var statement = new JObject { ["text"] = "Walk daily" };
        var patch = JsonApiPatch.For("patient", "pt-7").Set("statement", statement);
        statement["text"] = "changed";

        Assert.That(patch.ToJson(), Does.Contain("""{"statement":{"text":"Walk daily"}}"""));
    }

    [Test]
    public void Set_ExpressionNotADirectProperty_ArgumentException()
    {
        var patch = JsonApiPatch.For<CalendarEventAttributes>("calendar_event", "e1");

        Assert.Throws<ArgumentException>(() => patch.Set(a => a.Title!.Length, 3));
    }

    [TestCase("", "e1")]
    [TestCase("calendar_event", " ")]
    public void For_BlankTypeOrId_ArgumentException(string type, string id)
    {
        Assert.Throws<ArgumentException>(() => JsonApiPatch.For(type, id));
    }

    [Test]
    public void ToString_NamesMembersButNotValues()
    {
        var patch = JsonApiPatch.For<PatientAttributes>("patient", "pt-7").Set(a => a.LastName, "Moreno");

        Assert.That(patch.ToString(), Does.Contain("last_name").And.Not.Contain("Moreno"));
    }
}
