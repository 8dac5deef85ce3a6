using System.Net;
using FitbitPlus.Models;
using FitbitPlus.JsonApi;
using FitbitPlus.Paging;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Integration;

/// <summary>Calendar events through <see cref="FitbitPlusClient"/>: owners resolved from <c>included</c>, explicit nulls, delete.</summary>
public class CalendarEventFacadeTests : FacadeFixture
{
    [Test]
    public async Task CalendarEvent_CreateFetchListPatchDelete_FullLifecycle()
    {
        var patient = Server.Store.PatientIds[4];
        var coach = Server.Store.CoachIds[4];
        // Seeded: a check-in owned by the patient and a call owned by the patient's coach.
        var seeded = Server.Store.Ids("calendar_event").Where(e => AttendeesOrOwner(e).Contains(patient)).ToList();
        var created = await Client.Api.CreateCalendarEventAsync(new CreateCalendarEventRequest
        {
            Data = new CreateCalendarEventRequestData
            {
                Type = "calendar_event",
                Attributes = new CreateCalendarEventRequestDataAttributes
                {
                    Type = "video-call",
                    Title = "Integration follow-up",
                    StartAt = At(10, 14),
                    EndAt = At(10, 15),
                    CompletedAt = At(10, 15),
                    CompletedBy = new ResourceIdentifier { Type = "coach", Id = coach },
                    Attendees = [new CreateCalendarEventRequestDataAttributesAttendee { User = patient }, new CreateCalendarEventRequestDataAttributesAttendee { User = coach }],
                },
                Relationships = new CreateCalendarEventRequestDataRelationships { Owner = One("coach", coach) },
            },
        });
        var id = created.Data!.Id!;

        var fetched = await Client.Api.FetchCalendarEventAsync(id);
        var pages = await AsyncCollect.ListAsync(Client.CalendarEvents.ListAsync(attendees: patient, include: [CalendarEventsInclude.Owner], paging: new PagingOptions { Limit = 2 }).AsPagesAsync());
        var owners = pages
            .SelectMany(p => p.Resources.Select(e => (Event: e, Coach: p.Included.GetOne<CoachResource>(e.Relationships?.Owner), Patient: p.Included.GetOne<PatientResource>(e.Relationships?.Owner))))
            .ToDictionary(x => x.Event.Id!);
        var patched = await Client.PatchAsync<UpdateCalendarEventResponse>(
            JsonApiPatch.For<CalendarEventAttributes>("calendar_event", id).Set(a => a.CompletedAt, null).Set(a => a.CompletedBy, null));
        var afterPatch = await Client.Api.FetchCalendarEventAsync(id);
        await Client.Api.DeleteCalendarEventAsync(id);
        var gone = await Assert.ThrowsAsync<FitbitPlusException>(() => Client.Api.FetchCalendarEventAsync(id));

        Assert.That(fetched.Data?.Attributes?.Title, Is.EqualTo("Integration follow-up"));
        Assert.That(fetched.Data?.Attributes?.CompletedAt, Is.EqualTo(At(10, 15)));
        Assert.That(fetched.Data?.Attributes?.Attendees?.Select(a => (a.User, a.ResponseStatus)),
            Is.EqualTo(new[] { (patient, "needsAction"), (coach, "needsAction") }));
        Assert.That(fetched.Data?.Relationships?.Owner?.Data?.Id, Is.EqualTo(coach));

        Assert.That(seeded, Has.Count.EqualTo(2));
        Assert.That(pages, Has.Count.EqualTo(2), "3 events in pages of 2");
        Assert.That(owners.Keys, Is.EquivalentTo(seeded.Append(id)));
        Assert.That(owners[id].Coach.State, Is.EqualTo(RelationshipState.Loaded));
        Assert.That(owners[id].Coach.Value!.Id, Is.EqualTo(coach));
        Assert.That(owners[id].Coach.Value!.Attributes?.LastName, Is.EqualTo(StoredAttribute("coach", coach, "last_name")));
        Assert.That(owners[id].Patient.State, Is.EqualTo(RelationshipState.DifferentType), "the owner is a coach, not a patient");
        var checkIn = owners.Values.Single(o => o.Event.Attributes?.Type == "plan-check-in");
        Assert.That(checkIn.Patient.State, Is.EqualTo(RelationshipState.Loaded));
        Assert.That(checkIn.Patient.Value!.Id, Is.EqualTo(patient));
        Assert.That(checkIn.Patient.Value.Attributes.FirstName, Is.EqualTo(StoredAttribute("patient", patient, "first_name")));

        Assert.That(fetched.Data?.Attributes?.CompletedBy?.Type, Is.EqualTo("coach"), "completed_by is a typed resource identifier");
        Assert.That(fetched.Data?.Attributes?.CompletedBy?.Id, Is.EqualTo(coach));
        Assert.That(patched.Data?.Attributes?.CompletedAt, Is.Null);
        Assert.That(patched.Data?.Attributes?.CompletedBy, Is.Null);
        Assert.That(afterPatch.Data?.Attributes?.CompletedAt, Is.Null);
        Assert.That(afterPatch.Data?.Attributes?.Title, Is.EqualTo("Integration follow-up"), "PATCH keeps what it does not name");
        Assert.That(Server.Store.Find("calendar_event", id), Is.Null);
        Assert.That(gone!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(gone.ErrorCode, Is.EqualTo("ResourceNotFound"));
        Assert.That(gone.RequestId, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public async Task PatchAsync_UncompleteSeededCheckIn_EventListedAsNotCompleted()
    {
        var patient = Server.Store.PatientIds[7];
        var checkIn = Server.Store.Ids("calendar_event").Single(e =>
            Server.Store.Find("calendar_event", e) is { } stored
            && stored["attributes"]!.Value<string>("type") == "plan-check-in"
            && StoredRelationshipIds("calendar_event", e, "owner").SequenceEqual([patient]));

        var before = await AsyncCollect.ListAsync(Client.CalendarEvents.ListAsync(patient: patient, completed: false));
        await Client.PatchAsync<UpdateCalendarEventResponse>(
            JsonApiPatch.For<CalendarEventAttributes>("calendar_event", checkIn).Set(a => a.CompletedAt, null).Set(a => a.CompletedBy, null));
        var after = await AsyncCollect.ListAsync(Client.CalendarEvents.ListAsync(patient: patient, completed: false));

        Assert.That(before.Select(e => e.Id), Does.Not.Contain(checkIn));
        Assert.That(after.Select(e => e.Id), Is.EquivalentTo(before.Select(e => e.Id).Append(checkIn)));
        Assert.That(Server.Store.Find("calendar_event", checkIn)!["attributes"]!["completed_at"]!.Type, Is.EqualTo(JTokenType.Null));
    }

    private IEnumerable<string> AttendeesOrOwner(string eventId) =>
        Server.Store.Find("calendar_event", eventId)!["attributes"]!["attendees"]!.Select(a => a.Value<string>("user")!)
            .Concat(StoredRelationshipIds("calendar_event", eventId, "owner"));
}
