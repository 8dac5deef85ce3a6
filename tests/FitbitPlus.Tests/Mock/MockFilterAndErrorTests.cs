using FitbitPlus.Mock;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Mock;

public class MockFilterAndErrorTests
{
    private FitbitPlusMockServer _server = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 20 });
        _client = await MockHttp.AuthorizedClientAsync(_server);
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        _client.Dispose();
        _server.Dispose();
    }

    [TestCase("patient", "filter[organization]")]
    [TestCase("group", "filter[organization]")]
    [TestCase("calendar_event", "filter[organization]")]
    [TestCase("email_history", "filter[receiver]")]
    [TestCase("result", "filter[patient]")]
    [TestCase("reward_earning_fulfillment", "filter[patient]")]
    public async Task List_WithoutRequiredFilter_Answers409NamingTheParameter(string path, string parameter)
    {
        var (status, document) = await MockHttp.GetAsync(_client, path);
        var error = MockHttp.FirstError(document);

        Assert.That(status, Is.EqualTo(409));
        Assert.That(error.Value<string>("code"), Is.EqualTo("InvalidParameter"));
        Assert.That(error["source"]!.Value<string>("parameter"), Is.EqualTo(parameter));
    }

    [Test]
    public async Task RewardEarnings_WithOnlyOneOfTwoRequiredFilters_Answers409NamingTheMissingOne()
    {
        var (status, document) = await MockHttp.GetAsync(_client, $"reward_earning?filter[groups]={_server.Store.GroupIds[0]}");

        Assert.That(status, Is.EqualTo(409));
        Assert.That(MockHttp.FirstError(document)["source"]!.Value<string>("parameter"), Is.EqualTo("filter[patient]"));
    }

    [Test]
    public async Task Patients_GroupsFilterWithCommaList_AnswersMembersOfEitherGroup()
    {
        var groups = _server.Store.GroupIds;
        var (_, one) = await MockHttp.GetAsync(_client, $"patient?filter[groups]={groups[0]}");
        var (_, two) = await MockHttp.GetAsync(_client, $"patient?filter[groups]={groups[1]}");
        var (_, both) = await MockHttp.GetAsync(_client, $"patient?filter[groups]={groups[0]},{groups[1]}");

        var expected = Ids(one).Union(Ids(two)).OrderBy(i => i, StringComparer.Ordinal);
        Assert.That(Ids(both), Is.EqualTo(expected));
        Assert.That(Ids(both), Has.Count.LessThan(_server.Store.Count("patient")));
    }

    [Test]
    public async Task Patients_IdentifierFilter_FindsThePatientAndNeedsBothHalves()
    {
        var (status, document) = await MockHttp.GetAsync(_client, "patient?filter[organization]=o1&filter[identifier][system]=MyEHR&filter[identifier][value]=MRN000007");
        var (halfStatus, half) = await MockHttp.GetAsync(_client, "patient?filter[organization]=o1&filter[identifier][system]=MyEHR");

        Assert.That(status, Is.EqualTo(200));
        Assert.That(Ids(document), Is.EqualTo(new[] { _server.Store.PatientIds[6] }));
        Assert.That(halfStatus, Is.EqualTo(409));
        Assert.That(MockHttp.FirstError(half)["source"]!.Value<string>("parameter"), Is.EqualTo("filter[identifier][value]"));
    }

    [TestCase("2024-01-01T03:00:00Z..2024-01-01T06:00:00Z", new[] { 2, 3, 4 })]
    [TestCase("1970-01-01T00:00:00Z..2024-01-01T03:00:00Z", new[] { 0, 1 })]
    [TestCase("2024-01-01T19:00:00Z..9999-12-31T23:59:59Z", new[] { 18, 19 })]
    public async Task Patients_CreatedAtRange_IsStartInclusiveEndExclusive(string range, int[] indexes)
    {
        var (_, document) = await MockHttp.GetAsync(_client, $"patient?filter[organization]=o1&filter[created_at]={Uri.EscapeDataString(range)}");

        Assert.That(Ids(document), Is.EqualTo(indexes.Select(i => _server.Store.PatientIds[i])));
    }

    [Test]
    public async Task CalendarEvents_CompletedAndTypeFilters_Combine()
    {
        var patient = _server.Store.PatientIds[0];
        var (_, completed) = await MockHttp.GetAsync(_client, $"calendar_event?filter[patient]={patient}&filter[completed]=true");
        var (_, calls) = await MockHttp.GetAsync(_client, $"calendar_event?filter[patient]={patient}&filter[type]=telephone-call,video-call");

        Assert.That(completed["data"]!.Select(e => e["attributes"]!.Value<string>("type")), Is.EqualTo(new[] { "plan-check-in" }));
        Assert.That(calls["data"]!.Select(e => e["attributes"]!.Value<string>("type")), Is.EqualTo(new[] { "telephone-call" }));
    }

    [Test]
    public async Task Include_CommaSeparated_PopulatesIncludedWithoutDuplicates()
    {
        var (status, document) = await MockHttp.GetAsync(_client, "patient_plan_summary?filter[organization]=o1&page[size]=3&include=patient,actions");
        var included = document["included"]!.Select(i => (i.Value<string>("type"), i.Value<string>("id"))).ToList();

        Assert.That(status, Is.EqualTo(200));
        Assert.That(included.Count(i => i.Item1 == "patient"), Is.EqualTo(3));
        Assert.That(included.Count(i => i.Item1 == "action"), Is.EqualTo(6));
        Assert.That(included, Is.Unique);
    }

    [Test]
    public async Task UnknownInclude_Answers409NamingInclude()
    {
        var (status, document) = await MockHttp.GetAsync(_client, "patient_plan_summary?filter[organization]=o1&include=patient,coach");

        Assert.That(status, Is.EqualTo(409));
        Assert.That(MockHttp.FirstError(document)["source"]!.Value<string>("parameter"), Is.EqualTo("include"));
        Assert.That(MockHttp.FirstError(document).Value<string>("detail"), Does.Contain("coach"));
    }

    [Test]
    public async Task UnknownFilter_Answers409()
    {
        var (status, document) = await MockHttp.GetAsync(_client, "patient?filter[organization]=o1&filter[colour]=red");

        Assert.That(status, Is.EqualTo(409));
        Assert.That(MockHttp.FirstError(document)["source"]!.Value<string>("parameter"), Is.EqualTo("filter[colour]"));
    }

    [TestCase("GET", "unknown_thing")]
    [TestCase("GET", "../__admin/mappings")]
    [TestCase("DELETE", "patient")]
    public async Task UnknownRouteOrMethod_AnswersJsonApiError(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        using var response = await _client.SendAsync(request);
        var document = await MockHttp.ReadAsync(response);

        Assert.That((int)response.StatusCode, Is.AnyOf(404, 405));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(MockHttp.JsonApi));
        Assert.That(MockHttp.FirstError(document).Value<string>("status"), Is.EqualTo(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(document["meta"]!.Value<string>("req_id"), Is.Not.Empty);
    }

    [Test]
    public async Task MalformedJsonBody_Answers409JsonApiError()
    {
        using var response = await _client.PostAsync("group", MockHttp.Body("""{"data":{"type":"group","attributes":"""));
        var document = await MockHttp.ReadAsync(response);

        Assert.That((int)response.StatusCode, Is.EqualTo(409));
        Assert.That(MockHttp.FirstError(document).Value<string>("code"), Is.EqualTo("InvalidBodyParameter"));
    }

    [Test]
    public async Task WriteWithPlainJsonContentType_Answers403()
    {
        using var response = await _client.PostAsync("group", MockHttp.Body("""{"data":{"type":"group","attributes":{"name":"x"}}}""", "application/json"));

        Assert.That((int)response.StatusCode, Is.EqualTo(403));
        Assert.That(MockHttp.FirstError(await MockHttp.ReadAsync(response)).Value<string>("code"), Is.EqualTo("Forbidden"));
    }

    [TestCase("""{"data":{"type":"calendar_event","attributes":{"type":"reminder","start_at":"2025-01-01T00:00:00Z","attendees":[]},"relationships":{"owner":{"data":{"type":"patient","id":"p000001"}}}}}""", "/data/attributes/title")]
    [TestCase("""{"data":{"type":"calendar_event","attributes":{"type":"plan-check-in","title":"t","all_day":false,"start_at":"2025-01-01T00:00:00Z","attendees":[]},"relationships":{"owner":{"data":{"type":"patient","id":"p000001"}}}}}""", "/data/attributes/all_day")]
    [TestCase("""{"data":{"type":"calendar_event","attributes":{"type":"reminder","title":"t","start_at":"soon","attendees":[]},"relationships":{"owner":{"data":{"type":"patient","id":"p000001"}}}}}""", "/data/attributes/start_at")]
    [TestCase("""{"data":{"type":"calendar_event","attributes":{"type":"reminder","title":"t","start_at":"2025-01-01T00:00:00Z","attendees":[]},"relationships":{"owner":{"data":{"type":"patient","id":"p999999"}}}}}""", "/data/relationships/owner")]
    [TestCase("""{"data":{"type":"group","attributes":{"name":"t"}}}""", "/data/type")]
    public async Task InvalidCreate_Answers409WithPointer(string body, string pointer)
    {
        var before = _server.Store.Count("calendar_event");

        using var response = await _client.PostAsync("calendar_event", MockHttp.Body(body));
        var error = MockHttp.FirstError(await MockHttp.ReadAsync(response));

        Assert.That((int)response.StatusCode, Is.EqualTo(409));
        Assert.That(error.Value<string>("code"), Is.EqualTo("InvalidBodyParameter"));
        Assert.That(error["source"]!.Value<string>("pointer"), Is.EqualTo(pointer));
        Assert.That(_server.Store.Count("calendar_event"), Is.EqualTo(before));
    }

    [Test]
    public async Task UnknownId_Answers404ResourceNotFound()
    {
        var (status, document) = await MockHttp.GetAsync(_client, "patient/p999999");

        Assert.That(status, Is.EqualTo(404));
        Assert.That(MockHttp.FirstError(document).Value<string>("code"), Is.EqualTo("ResourceNotFound"));
    }

    private static List<string> Ids(JObject document) => document["data"]!.Select(d => d.Value<string>("id")!).ToList();
}
