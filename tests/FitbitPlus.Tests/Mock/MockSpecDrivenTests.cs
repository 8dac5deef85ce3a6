using FitbitPlus.Mock;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Mock;

/// <summary>A collection added to the spec is served generically, with no handwritten mock code (issue 25, item 8).</summary>
public class MockSpecDrivenTests
{
    private FitbitPlusMockServer _server = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 3, SpecYaml = SpecAppointmentNote.Yaml });
        _client = await MockHttp.AuthorizedClientAsync(_server);
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        _client.Dispose();
        _server.Dispose();
    }

    [Test]
    public async Task List_CollectionOnlyInTheSpec_AnswersAnEmptyCompleteCollection()
    {
        var (status, document) = await MockHttp.GetAsync(_client, $"appointment_note?filter[receiver]={_server.Store.PatientIds[0]}&sort=-send_time");

        Assert.That(status, Is.EqualTo(200), document.ToString());
        Assert.That(document["meta"]!.Value<int>("count"), Is.Zero);
        Assert.That(document["links"]?["next"], Is.Null);
    }

    [Test]
    public async Task CreateThenFetchAndFilter_CollectionOnlyInTheSpec_RoundTrips()
    {
        var receiver = _server.Store.PatientIds[1];
        var body = """{"data":{"type":"appointment_note","attributes":{"email_type":"note","send_time":"2025-01-01T00:00:00Z"},"relationships":{"receiver":{"data":{"type":"patient","id":"RECEIVER"}}}}}""".Replace("RECEIVER", receiver, StringComparison.Ordinal);

        using var created = await _client.PostAsync("appointment_note", MockHttp.Body(body));
        var id = (await MockHttp.ReadAsync(created))["data"]!.Value<string>("id");
        var (fetchStatus, fetched) = await MockHttp.GetAsync(_client, $"appointment_note/{id}");
        var (_, listed) = await MockHttp.GetAsync(_client, $"appointment_note?filter[receiver]={receiver}");
        var (_, other) = await MockHttp.GetAsync(_client, $"appointment_note?filter[receiver]={_server.Store.PatientIds[2]}");

        Assert.That((int)created.StatusCode, Is.EqualTo(201));
        Assert.That(fetchStatus, Is.EqualTo(200));
        Assert.That(fetched["data"]!["attributes"]!.Value<string>("email_type"), Is.EqualTo("note"));
        Assert.That(listed["data"]!.Select(d => d.Value<string>("id")), Is.EqualTo(new[] { id }));
        Assert.That(other["data"], Is.Empty);
    }

    [Test]
    public async Task UnknownFilterAndUnknownId_CollectionOnlyInTheSpec_Answer409And404()
    {
        var (filterStatus, _) = await MockHttp.GetAsync(_client, "appointment_note?filter[nope]=1");
        var (idStatus, _) = await MockHttp.GetAsync(_client, "appointment_note/none");

        Assert.That(filterStatus, Is.EqualTo(409));
        Assert.That(idStatus, Is.EqualTo(404));
    }

    [Test]
    public async Task EmbeddedSpecMock_DoesNotServeTheAddedCollection()
    {
        using var plain = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 1 });
        using var client = await MockHttp.AuthorizedClientAsync(plain);

        var (status, document) = await MockHttp.GetAsync(client, "appointment_note");

        Assert.That(status, Is.EqualTo(404), document.ToString());
        Assert.That(document["errors"], Is.InstanceOf<JArray>());
    }
}
