using FitbitPlus.Mock;
using FitbitPlus.Mock.Spec;
using FitbitPlus.Tests.Support;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Mock;

/// <summary>The mock answers as the publisher documents (issue 25, items 1-7, 9 and 10).</summary>
public class MockDocumentedAnswerTests
{
    private FitbitPlusMockServer _server = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 10 });
        _client = await MockHttp.AuthorizedClientAsync(_server);
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        _client.Dispose();
        _server.Dispose();
    }

    [Test]
    public async Task CreateToken_GroupsAndOrganization_CarryLinksRelated()
    {
        var token = await MockHttp.TokenAsync(_server);
        var id = token.Value<string>("id");
        var relationships = token["relationships"]!;

        Assert.That(relationships["groups"]?["links"]?.Value<string>("related"), Is.EqualTo($"/pub/oauth/token/{id}/groups"));
        Assert.That(relationships["organization"]?["links"]?.Value<string>("related"), Is.EqualTo($"/pub/oauth/token/{id}/organization"));
    }

    [Test]
    public async Task CreateCalendarEventResponse_UserTypedUser_IsAccepted()
    {
        var patient = _server.Store.PatientIds[0];
        var calendarEvent = await FirstEventOfAsync(patient);
        var body = new JObject
        {
            ["data"] = new JObject
            {
                ["type"] = "calendar_event_response",
                ["attributes"] = new JObject { ["attendee"] = new JObject { ["user"] = patient }, ["response_status"] = "accepted" },
                ["relationships"] = new JObject
                {
                    ["user"] = new JObject { ["data"] = new JObject { ["type"] = "user", ["id"] = patient } },
                    ["calendar_event"] = new JObject { ["data"] = new JObject { ["type"] = "calendar_event", ["id"] = calendarEvent } },
                },
            },
        };

        using var response = await _client.PostAsync("calendar_event_response", MockHttp.Body(body.ToString()));

        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task UpdateCalendarEvent_CompletedByString_Answers409AndKeepsTheObject()
    {
        var calendarEvent = await FirstEventOfAsync(_server.Store.PatientIds[1]);

        using var asString = await PatchEventAsync(calendarEvent, new JValue(_server.Store.CoachIds[0]));
        using var asObject = await PatchEventAsync(calendarEvent, new JObject { ["type"] = "coach", ["id"] = _server.Store.CoachIds[0] });
        var served = await MockHttp.ReadAsync(asObject);

        Assert.That((int)asString.StatusCode, Is.EqualTo(409));
        Assert.That(MockHttp.FirstError(await MockHttp.ReadAsync(asString))["source"]!.Value<string>("pointer"), Is.EqualTo("/data/attributes/completed_by"));
        Assert.That((int)asObject.StatusCode, Is.EqualTo(200));
        Assert.That(served["data"]!["attributes"]!["completed_by"], Is.TypeOf<JObject>());
    }

    [Test]
    public async Task HealthQuestionDefinitions_IdsAndSelfLinks_MatchThePublishersPattern()
    {
        var (status, document) = await MockHttp.GetAsync(_client, "health_question_definition");

        Assert.That(status, Is.EqualTo(200));
        Assert.That(document["data"], Is.Not.Empty);
        Assert.That(document["data"]!.Select(d => d.Value<string>("id")), Has.All.Match("^[0-9]+$"));
        Assert.That(document["data"]!.Select(d => d["links"]!.Value<string>("self")), Has.All.Match("/health_question_definition/[0-9]+$"));
    }

    [TestCase("reward_program", 200)]
    [TestCase("patient_health_metric", 200)]
    [TestCase("group", 201)]
    public async Task Create_AnswersTheStatusThePublisherDocuments(string type, int expected)
    {
        var body = type switch
        {
            "reward_program" => """{"data":{"type":"reward_program","attributes":{"name":"r","start_at":"2025-01-01T00:00:00Z","end_at":"2025-02-01T00:00:00Z","budget_value":10},"relationships":{"group":{"data":{"type":"group","id":"GROUP"}}}}}""".Replace("GROUP", _server.Store.GroupIds[0], StringComparison.Ordinal),
            "patient_health_metric" => MockHttp.MetricBody(_server.Store.PatientIds[0], 100),
            _ => """{"data":{"type":"group","attributes":{"name":"g"}}}""",
        };

        using var response = await _client.PostAsync(type, MockHttp.Body(body));

        Assert.That((int)response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
    }

    [TestCase("patient?filter[organization]={0}&filter[nope]=1")]
    [TestCase("patient?filter[organization]={0}&page[size]=abc")]
    [TestCase("patient/{1}?include=nope")]
    public async Task InvalidQueryParameter_Answers409InvalidRequest(string template)
    {
        var (status, document) = await MockHttp.GetAsync(_client, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, _server.Store.OrganizationId, _server.Store.PatientIds[0]));

        Assert.That(status, Is.EqualTo(409));
        Assert.That(MockHttp.FirstError(document).Value<string>("code"), Is.EqualTo("InvalidParameter"));
    }

    [TestCase("2026-12-01T00:00:00Z..")]
    [TestCase("..2026-12-07T00:00:00Z")]
    [TestCase("2026-12-01T00:00:00Z")]
    public async Task UpdatedAtFilter_OpenOrSingleInstant_Answers409(string range)
    {
        var (status, document) = await MockHttp.GetAsync(_client, $"patient?filter[organization]={_server.Store.OrganizationId}&filter[updated_at]={Uri.EscapeDataString(range)}");

        Assert.That(status, Is.EqualTo(409));
        Assert.That(MockHttp.FirstError(document)["source"]!.Value<string>("parameter"), Is.EqualTo("filter[updated_at]"));
    }

    [Test]
    public void Spec_EveryOperationOnAnId_Declares404WithTheErrorSchema()
    {
        var spec = ApiSpec.Parse(File.ReadAllText(RepositoryPaths.Spec));
        var missing = spec.Operations
            .Where(o => o.Path.Contains("{id}", StringComparison.Ordinal))
            .Where(o => o.ResponseSchema(404) is not { } schema || schema["properties"]?["errors"] is null)
            .Select(o => o.OperationId)
            .ToList();

        Assert.That(missing, Is.Empty);
    }

    private async Task<string> FirstEventOfAsync(string patient)
    {
        var (status, document) = await MockHttp.GetAsync(_client, $"calendar_event?filter[patient]={patient}&filter[type]=plan-check-in");
        Assert.That(status, Is.EqualTo(200));
        return document["data"]![0]!.Value<string>("id")!;
    }

    private async Task<HttpResponseMessage> PatchEventAsync(string id, JToken completedBy)
    {
        var body = new JObject
        {
            ["data"] = new JObject
            {
                ["type"] = "calendar_event",
                ["id"] = id,
                ["attributes"] = new JObject { ["completed_by"] = completedBy, ["completed_at"] = "2025-01-02T00:00:00Z" },
            },
        };
        return await _client.PatchAsync($"calendar_event/{id}", MockHttp.Body(body.ToString()));
    }
}
