using FitbitPlus.Models;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.GeneratedClient;

/// <summary>What the raw generated client puts on the wire, for one operation per method and resource family.</summary>
public class GeneratedClientWireTests
{
    private const string VndApiJson = "application/vnd.api+json";

    [Test]
    public async Task CreateTokenAsync_ClientCredentials_PostsNestedJsonApiBodyWithExactContentType()
    {
        using var f = new GeneratedClientFixture("""{"data":{"type":"token","id":"t1","attributes":{"access_token":"a","refresh_token":"r","token_type":"bearer","expires_in":3600}}}""", System.Net.HttpStatusCode.Created);
        var body = new CreateTokenRequest
        {
            Data = new CreateTokenRequestData
            {
                Type = "token",
                Attributes = new CreateTokenRequestDataAttributes { GrantType = "client_credentials", ClientId = "id-1", ClientSecret = "s-1" },
            },
        };

        await f.Client.CreateTokenAsync(body, include: "groups,organization");

        Assert.That(f.Last.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(f.RelativePath, Is.EqualTo("oauth/token"));
        Assert.That(f.Last.ContentType, Is.EqualTo(VndApiJson), "no charset: the API answers 403 to other content types");
        Assert.That(f.Last.Query, Is.EqualTo(new[] { KeyValuePair.Create("include", "groups,organization") }));
        Assert.That(JToken.DeepEquals(JToken.Parse(f.Last.Body!), JToken.Parse(
            """{"data":{"type":"token","attributes":{"grant_type":"client_credentials","client_id":"id-1","client_secret":"s-1"}}}""")), Is.True, f.Last.Body);
    }

    [Test]
    public async Task FetchPatientsAsync_IdentifierFilters_UseBracketedWireNames()
    {
        using var f = new GeneratedClientFixture();

        await f.Client.FetchPatientsAsync(filterOrganization: "o1", filterIdentifierSystem: "emr", filterIdentifierValue: "MRN 7", filterArchived: false, pageLimit: 50, pageAfter: "p9");

        Assert.That(f.Last.Method, Is.EqualTo(HttpMethod.Get));
        Assert.That(f.RelativePath, Is.EqualTo("patient"));
        Assert.That(f.Last.Query, Is.EqualTo(new[]
        {
            KeyValuePair.Create("filter[organization]", "o1"),
            KeyValuePair.Create("filter[identifier][system]", "emr"),
            KeyValuePair.Create("filter[identifier][value]", "MRN 7"),
            KeyValuePair.Create("filter[archived]", "false"),
            KeyValuePair.Create("page[limit]", "50"),
            KeyValuePair.Create("page[after]", "p9"),
        }));
    }

    [Test]
    public async Task FetchPatientsAsync_NoPagingArguments_SendsNoPagingParameters()
    {
        using var f = new GeneratedClientFixture();

        await f.Client.FetchPatientsAsync(filterGroups: "g1");

        Assert.That(f.Last.Query.Select(q => q.Key), Is.EqualTo(new[] { "filter[groups]" }), "no defaults: both strategies at once are forbidden");
    }

    [Test]
    public async Task FetchCalendarEventAsync_Id_GetsResourcePathUnderPub()
    {
        using var f = new GeneratedClientFixture("""{"data":{"type":"calendar_event","id":"e1","attributes":{"title":"Check-in"}}}""");

        var result = await f.Client.FetchCalendarEventAsync("e1");

        Assert.That(f.Last.Uri.AbsolutePath, Is.EqualTo("/pub/calendar_event/e1"));
        Assert.That(result.Data!.Attributes!.Title, Is.EqualTo("Check-in"));
    }

    [Test]
    public async Task UpdateCalendarEventAsync_Patch_SendsTypeIdAndAttributes()
    {
        using var f = new GeneratedClientFixture("""{"data":{"type":"calendar_event","id":"e1","attributes":{"title":"Moved"}}}""");
        var body = new UpdateCalendarEventRequest
        {
            Data = new UpdateCalendarEventRequestData
            {
                Type = "calendar_event",
                Id = "e1",
                Attributes = new UpdateCalendarEventRequestDataAttributes { Title = "Moved" },
            },
        };

        await f.Client.UpdateCalendarEventAsync("e1", body);

        Assert.That(f.Last.Method, Is.EqualTo(HttpMethod.Patch));
        Assert.That(f.RelativePath, Is.EqualTo("calendar_event/e1"));
        Assert.That(f.Last.ContentType, Is.EqualTo(VndApiJson));
        Assert.That(JToken.DeepEquals(JToken.Parse(f.Last.Body!), JToken.Parse(
            """{"data":{"type":"calendar_event","id":"e1","attributes":{"title":"Moved"}}}""")), Is.True, f.Last.Body);
    }

    [Test]
    public async Task UpsertPatientAsync_Put_SendsIdentifierQueryInMeta()
    {
        using var f = new GeneratedClientFixture("""{"data":{"type":"patient","id":"p1","attributes":{"first_name":"Ada"}}}""");
        var body = new UpsertPatientRequest
        {
            Meta = new UpsertPatientRequestMeta
            {
                Query = new UpsertPatientRequestMetaQuery
                {
                    Identifier = new UpsertPatientRequestMetaQueryIdentifier { System = "emr", Value = "MRN-7" },
                },
            },
            Data = new PatientResource { Type = "patient", Attributes = new PatientAttributes { FirstName = "Ada" } },
        };

        await f.Client.UpsertPatientAsync(body);

        Assert.That(f.Last.Method, Is.EqualTo(HttpMethod.Put));
        Assert.That(f.RelativePath, Is.EqualTo("patient"));
        Assert.That(f.Last.ContentType, Is.EqualTo(VndApiJson));
        var sent = JObject.Parse(f.Last.Body!);
        Assert.That((string?)sent.SelectToken("meta.query.identifier.system"), Is.EqualTo("emr"));
        Assert.That((string?)sent.SelectToken("meta.query.identifier.value"), Is.EqualTo("MRN-7"));
        Assert.That((string?)sent.SelectToken("data.attributes.first_name"), Is.EqualTo("Ada"));
        Assert.That(sent.SelectToken("data.id"), Is.Null, "create and upsert bodies do not carry an id");
    }

    [Test]
    public async Task DeleteCalendarEventAsync_NoContent_IsASuccess()
    {
        using var f = new GeneratedClientFixture("", System.Net.HttpStatusCode.NoContent);

        await f.Client.DeleteCalendarEventAsync("e1");

        Assert.That(f.Last.Method, Is.EqualTo(HttpMethod.Delete));
        Assert.That(f.RelativePath, Is.EqualTo("calendar_event/e1"));
    }

    [TestCase(System.Net.HttpStatusCode.OK)]
    [TestCase(System.Net.HttpStatusCode.Created)]
    public async Task CreateRewardAsync_200Or201_IsASuccess(System.Net.HttpStatusCode status)
    {
        using var f = new GeneratedClientFixture("""{"data":{"type":"reward","id":"r1","attributes":{}}}""", status);

        var created = await f.Client.CreateRewardAsync(new CreateRewardRequest { Data = new RewardResource { Type = "reward" } });

        Assert.That(created.Data!.Id, Is.EqualTo("r1"));
        Assert.That(f.Last.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(f.RelativePath, Is.EqualTo("reward"));
    }

    [Test]
    public async Task FetchOrganizationAsync_Id_EscapesThePathSegment()
    {
        using var f = new GeneratedClientFixture("""{"data":{"type":"organization","id":"a/b","attributes":{"name":"Clinic"}}}""");

        await f.Client.FetchOrganizationAsync("a/b");

        Assert.That(f.Last.Uri.AbsolutePath, Is.EqualTo("/pub/organization/a%2Fb"));
    }
}
