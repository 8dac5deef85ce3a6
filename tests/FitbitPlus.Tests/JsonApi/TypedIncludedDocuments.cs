using FitbitPlus.Paging;
using Newtonsoft.Json;

namespace FitbitPlus.Tests.JsonApi;

/// <summary>Documents for the one-pass reading of included resources, and the two ways of reading them.</summary>
internal static class TypedIncludedDocuments
{
    /// <summary>A patient with every attribute, relationship and link the spec declares, plus one undeclared attribute.</summary>
    public const string FullPatient = """
        { "type": "patient", "id": "pt-1",
          "attributes": {
            "first_name": "Ada", "last_name": "Moreno", "email_address": "ada@example.test",
            "phone_numbers": [ { "type": "mobile", "value": "+15555550123", "primary": true } ],
            "addresses": [ { "lines": [ "1 Main Street", "Apt 2" ], "city": "Boston", "state": "MA", "postal_code": "02110",
                             "country": "US", "use": "home", "type": "physical" } ],
            "identifiers": [ { "label": "MRN", "system": "urn:oid:2.16.840.1.113883.3.1234", "value": "MRN-1", "unique": true } ],
            "birth_date": "1979-11-02", "gender": "female", "note": "Prefers morning calls.",
            "updated_at": "2024-02-28T08:15:00+01:00", "first_access_at": "2024-01-05T08:00:00.000Z",
            "invited_at": "2024-01-02T09:30:00-05:00", "enrolled_at": "2024-01-04T14:00:00Z", "last_access_at": "2025-02-01T18:45:00.123+02:00",
            "archived": false,
            "archive_history": [ { "archived": false, "modified_at": "2024-06-01T12:00:00.000Z", "reason": "returned" } ],
            "statement": { "value": "I want to walk to work again.", "updated_at": "2024-02-01T12:00:00+00:00", "updated_by": "co-3" },
            "favourite_colour": "teal" },
          "relationships": {
            "groups": { "data": [ { "type": "group", "id": "grp-1" }, { "type": "group", "id": "grp-2" } ] },
            "coaches": { "data": [ { "type": "coach", "id": "co-3" } ], "links": { "related": "/pub/patient/pt-1/coaches" } } },
          "links": { "self": "/pub/patient/pt-1", "twine_web_app": "https://app.example.test/patients/pt-1" } }
        """;

    /// <summary>A known-type included resource with an explicit null attribute, a date string and explicit null relationship data.</summary>
    public const string RawCoach = """
        { "type": "coach", "id": "co-3",
          "attributes": { "first_name": "Lee", "last_name": null, "updated_at": "2024-02-28T08:15:00+01:00" },
          "relationships": { "groups": { "data": null } },
          "links": { "self": "/pub/coach/co-3" } }
        """;

    /// <summary>A patient page whose included coach is <see cref="RawCoach"/>.</summary>
    public const string PatientsWithRawCoach = $$"""
        { "meta": { "count": 1 },
          "data": [ { "type": "patient", "id": "pt-1", "relationships": { "coaches": { "data": [ { "type": "coach", "id": "co-3" } ] } } } ],
          "included": [ {{RawCoach}} ] }
        """;

    /// <summary>A collection document with the given included items (and one summary in <c>data</c>).</summary>
    public static string PlanSummaries(params string[] included) => $$"""
        { "meta": { "req_id": "req-1", "count": 1 },
          "data": [ { "type": "patient_plan_summary", "id": "s-1",
                      "relationships": { "patient": { "data": { "type": "patient", "id": "pt-1" } } } } ],
          "included": [ {{string.Join(",\n", included)}} ] }
        """;

    /// <summary>Reads as the generated client and the typed pagers do (their settings, the pager's reader).</summary>
    public static T ReadTyped<T>(string json)
    {
        using var reader = new PageReader(new StringReader(json));
        return GeneratedJson.CreateSerializer().Deserialize<T>(reader)!;
    }

    /// <summary>Reads generically: every included resource with <c>JObject</c> parts, converted when resolved.</summary>
    public static T ReadGeneric<T>(string json) => JsonConvert.DeserializeObject<T>(json, FitbitPlus.JsonApi.JsonApiJson.Settings)!;

    /// <summary>Pages <see cref="PatientsWithRawCoach"/> by name with <c>include=coaches</c>, as the CLI's export does.</summary>
    public static async Task<List<CollectionPage<JsonCollectionDocument, Newtonsoft.Json.Linq.JObject>>> ByNamePagesWithRawCoachAsync()
    {
        using var harness = new Http.ClientHarness();
        harness.OnApi(HttpMethod.Get, Http.ClientHarness.PatientsUrl, (_, _) => Http.ClientHarness.Json(System.Net.HttpStatusCode.OK, PatientsWithRawCoach));
        using var client = harness.CreateClient();
        var pages = new List<CollectionPage<JsonCollectionDocument, Newtonsoft.Json.Linq.JObject>>();
        await foreach (var page in client.EnumerateJsonAsync("patient", new CollectionQuery { Include = "coaches" }).AsPagesAsync())
        {
            pages.Add(page);
        }

        return pages;
    }
}
