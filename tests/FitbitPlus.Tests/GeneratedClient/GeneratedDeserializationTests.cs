using System.Net;
using FitbitPlus.Models;

namespace FitbitPlus.Tests.GeneratedClient;

/// <summary>Realistic documents (written for these tests) deserialize into the generated types.</summary>
public class GeneratedDeserializationTests
{
    [Test]
    public async Task FetchActionAsync_UnknownEnumValue_IsKeptNotThrown()
    {
        using var f = new GeneratedClientFixture("""
            {"meta":{"req_id":"q1"},"data":{"type":"action","id":"a1","attributes":{"type":"blood_pressure","title":"Check BP","frequency_goal":{"type":"a_new_kind_of_goal"}}}}
            """);

        var action = await f.Client.FetchActionAsync("a1");

        Assert.That(action.Data!.Attributes!.Type, Is.EqualTo("blood_pressure"));
        Assert.That(action.Meta!.ReqId, Is.EqualTo("q1"));
    }

    [Test]
    public async Task FetchPatientsAsync_PageWithUnknownGender_DeserializesEveryPatient()
    {
        using var f = new GeneratedClientFixture("""
            {"meta":{"req_id":"q2","count":2},
             "links":{"self":"/pub/patient?page[limit]=2","next":"/pub/patient?page[limit]=2&page[after]=p2"},
             "data":[
               {"type":"patient","id":"p1","attributes":{"first_name":"Ada","gender":"female","birth_date":"1980-02-03",
                 "phone_numbers":[{"value":"555-0100","primary":true}],
                 "identifiers":[{"system":"emr","value":"MRN-1"}]},
                "relationships":{"groups":{"data":[{"type":"group","id":"g1"}]},
                                 "coaches":{"data":[{"type":"coach","id":"c1","meta":{"primary":true}}]}}},
               {"type":"patient","id":"p2","attributes":{"first_name":"Bo","gender":"non_binary"}}]}
            """);

        var page = await f.Client.FetchPatientsAsync(filterGroups: "g1", pageLimit: 2);

        Assert.That(page.Data.Select(p => p.Id), Is.EqualTo(new[] { "p1", "p2" }));
        Assert.That(page.Data.Last().Attributes!.Gender, Is.EqualTo("non_binary"));
        Assert.That(page.Meta!.Count, Is.EqualTo(2));
        Assert.That(page.Links!.Next, Is.EqualTo("/pub/patient?page[limit]=2&page[after]=p2"));
        var first = page.Data.First();
        Assert.That(first.Relationships!.Groups!.Data!.Single().Id, Is.EqualTo("g1"));
        Assert.That(first.Relationships.Coaches!.Data!.Single().Type, Is.EqualTo("coach"));
        Assert.That(first.Attributes!.PhoneNumbers!.Single().Type, Is.Null, "phone type is optional");
    }

    [Test]
    public async Task FetchCalendarEventsAsync_IncludedOwners_AreGenericResources()
    {
        using var f = new GeneratedClientFixture("""
            {"data":[{"type":"calendar_event","id":"e1","attributes":{"title":"Call","start_at":"2024-03-01T10:00:00-05:00"},
                      "relationships":{"owner":{"data":{"type":"coach","id":"c1"}}}},
                     {"type":"calendar_event","id":"e2","attributes":{"title":"Visit"},
                      "relationships":{"owner":{"data":null}}}],
             "included":[{"type":"coach","id":"c1","attributes":{"first_name":"Cy"}}]}
            """);

        var page = await f.Client.FetchCalendarEventsAsync(filterOrganization: "o1", include: "owner");

        var events = page.Data!.ToList();
        Assert.That(events[0].Attributes!.StartAt, Is.EqualTo(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(-5))));
        Assert.That(events[0].Relationships!.Owner!.Data!.Type, Is.EqualTo("coach"));
        Assert.That(events[1].Relationships!.Owner!.Data, Is.Null, "an explicitly empty to-one relationship");
        Assert.That(page.Included!.Single().Type, Is.EqualTo("coach"));
    }

    [Test]
    public async Task CreateTokenAsync_OauthTokenTypeAndIncludedOrganization_Deserializes()
    {
        using var f = new GeneratedClientFixture("""
            {"data":{"type":"oauth/token","id":"t1","attributes":{"access_token":"a","refresh_token":"r","token_type":"bearer","expires_in":3600},
                     "relationships":{"organization":{"data":{"type":"organization","id":"o1"}},"groups":{"data":[{"type":"group","id":"g1"}]}}},
             "included":[{"type":"organization","id":"o1","attributes":{"name":"Clinic"}},{"type":"group","id":"g1","attributes":{"name":"North"}}]}
            """, HttpStatusCode.Created);

        var token = await f.Client.CreateTokenAsync(new CreateTokenRequest(), include: "groups,organization");

        Assert.That(token.Data!.Type, Is.EqualTo("oauth/token"));
        Assert.That(token.Data.Attributes!.ExpiresIn, Is.EqualTo(3600));
        Assert.That(token.Included!.Select(r => r.Type), Is.EqualTo(new[] { "organization", "group" }));
    }

    [Test]
    public async Task FetchPatientHealthMetricAsync_SingleResource_IsNotACollection()
    {
        using var f = new GeneratedClientFixture("""{"data":{"type":"patient_health_metric","id":"m1","attributes":{"type":"weight"}}}""");

        var metric = await f.Client.FetchPatientHealthMetricAsync("m1");

        Assert.That(metric.Data!.Id, Is.EqualTo("m1"));
    }

    [Test]
    public async Task FetchBundleAsync_ActionsRelationship_IsToMany()
    {
        using var f = new GeneratedClientFixture("""
            {"data":{"type":"bundle","id":"b1","attributes":{},"relationships":{"actions":{"data":[{"type":"action","id":"a1"},{"type":"action","id":"a2"}]}}}}
            """);

        var bundle = await f.Client.FetchBundleAsync("b1");

        Assert.That(bundle.Data!.Relationships!.Actions!.Data!.Select(a => a.Id), Is.EqualTo(new[] { "a1", "a2" }));
    }

    [Test]
    public async Task FetchPatientsAsync_ErrorDocumentWithErrorsArray_ThrowsFitbitPlusExceptionCarryingTheErrors()
    {
        using var f = new GeneratedClientFixture("""
            {"meta":{"req_id":"q9"},"errors":[{"status":"409","code":"InvalidParameter","detail":"filter[organization] or filter[groups] is required","source":{"parameter":"filter[organization]"}},
                                              {"status":"409","code":"SomethingNew","title":"a code this spec does not list"}]}
            """, HttpStatusCode.Conflict);

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => f.Client.FetchPatientsAsync());

        var errors = ex!.Errors.ToList();
        Assert.That(errors.Select(e => e.Code), Is.EqualTo(new[] { "InvalidParameter", "SomethingNew" }));
        Assert.That(errors[0].SourceParameter, Is.EqualTo("filter[organization]"));
        Assert.That(ex.RequestId, Is.EqualTo("q9"));
        Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }
}
