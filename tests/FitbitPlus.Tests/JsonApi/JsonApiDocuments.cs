using FitbitPlus.JsonApi;
using Newtonsoft.Json;

namespace FitbitPlus.Tests.JsonApi;

/// <summary>Small hand-written JSON:API documents for the include-resolution tests.</summary>
internal static class JsonApiDocuments
{
    /// <summary>Calendar events whose owner is a patient, a coach, explicitly null, absent from included, or sent as links only.</summary>
    public const string CalendarEventsWithOwners = """
        {
          "meta": { "req_id": "req-4711", "count": 5 },
          "links": { "self": "/pub/calendar_event?include=owner&page[limit]=5" },
          "data": [
            { "type": "calendar_event", "id": "ev-1",
              "attributes": { "type": "telephone-call", "title": "Weekly check-in", "start_at": "2024-03-04T15:00:00-05:00" },
              "relationships": { "owner": { "data": { "type": "patient", "id": "pt-7" } } } },
            { "type": "calendar_event", "id": "ev-2",
              "attributes": { "type": "office-visit", "title": "Quarterly review", "start_at": "2024-03-05T09:30:00-05:00" },
              "relationships": { "owner": { "data": { "type": "coach", "id": "co-3" } } } },
            { "type": "calendar_event", "id": "ev-3",
              "attributes": { "type": "reminder", "title": "Refill prescription", "start_at": "2024-03-06T12:00:00Z" },
              "relationships": { "owner": { "data": null } } },
            { "type": "calendar_event", "id": "ev-4",
              "attributes": { "type": "video-call", "title": "Nutrition follow-up", "start_at": "2024-03-07T17:00:00+01:00" },
              "relationships": { "owner": { "data": { "type": "patient", "id": "pt-404" } } } },
            { "type": "calendar_event", "id": "ev-5",
              "attributes": { "type": "plan-check-in", "title": "Plan check-in", "start_at": "2024-03-08T08:00:00Z" },
              "relationships": { "owner": { "links": { "related": "/pub/calendar_event/ev-5/owner" } } } }
          ],
          "included": [
            { "type": "patient", "id": "pt-7",
              "attributes": { "first_name": "Ada", "last_name": "Moreno", "updated_at": "2024-02-28T08:15:00+01:00", "birth_date": "1979-11-02" },
              "relationships": {
                "groups": { "data": [ { "type": "group", "id": "grp-1" } ] },
                "coaches": { "data": [ { "type": "coach", "id": "co-3" } ] } } },
            { "type": "coach", "id": "co-3",
              "attributes": { "first_name": "Lee", "last_name": "Park" },
              "links": { "self": "/pub/coach/co-3" } }
          ]
        }
        """;

    /// <summary>Reads a document generically (included resources with JObject parts, converted when resolved), with the generated client's date handling.</summary>
    public static T Parse<T>(string json) => JsonConvert.DeserializeObject<T>(json, JsonApiJson.Settings)!;
}
