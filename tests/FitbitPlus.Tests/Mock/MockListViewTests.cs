using FitbitPlus.Mock;
using FitbitPlus.Tests.Integration;
using FitbitPlus.Tests.Sync;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Mock;

/// <summary>The mock reuses a filtered list between pages; every write must show in the next answer to the same query.</summary>
public class MockListViewTests
{
    private FitbitPlusMockServer _server = null!;
    private HttpClient _http = null!;
    private FitbitPlusClient _client = null!;
    private string _list = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 7, SeedPatientRecords = false });
        _http = await MockHttp.AuthorizedClientAsync(_server);
        _client = new FitbitPlusClient(FacadeFixture.OptionsFor(_server));
        _list = $"patient?filter[organization]={_server.Store.OrganizationId}&page[limit]=50";
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        _client.Dispose();
        _http.Dispose();
        _server.Dispose();
    }

    [Test]
    public void Start_PatientsOnly_SeedsThePatientsWithoutTheirRecords()
    {
        Assert.That(_server.Store.Count("patient"), Is.GreaterThanOrEqualTo(7));
        Assert.That(_server.Store.Count("patient_plan_summary"), Is.Zero);
        Assert.That(_server.Store.Count("calendar_event"), Is.Zero);
    }

    [Test]
    public async Task List_SameQueryAfterAPatchAndACreate_ServesBoth()
    {
        var before = await MockHttp.GetAsync(_http, _list);
        var id = _server.Store.PatientIds[3];

        await MockChanges.PatchAsync(_client, "patient", id, "first_name", "Viewed");
        var created = await MockChanges.CreatePatientAsync(_client, _server.Store.GroupIds[0], "Newcomer");
        var after = await MockHttp.GetAsync(_http, _list);

        Assert.That(after.Document["meta"]!.Value<int>("count"), Is.EqualTo(before.Document["meta"]!.Value<int>("count") + 1));
        var patched = after.Document["data"]!.Single(r => r.Value<string>("id") == id);
        Assert.That(patched["attributes"]!.Value<string>("first_name"), Is.EqualTo("Viewed"));
        Assert.That(after.Document["data"]!.Select(r => r.Value<string>("id")), Does.Contain(created.Value<string>("id")));
    }

    [Test]
    public async Task CursorPaging_PagesOfThree_EveryPatientOnceInCreationOrder()
    {
        var ids = new List<string>();
        string? next = $"patient?filter[organization]={_server.Store.OrganizationId}&page[limit]=3";
        while (next is not null)
        {
            var (status, document) = await MockHttp.GetAsync(_http, next.TrimStart('/').Replace("pub/", string.Empty, StringComparison.Ordinal));
            Assert.That(status, Is.EqualTo(200));
            ids.AddRange(document["data"]!.Select(r => r.Value<string>("id")!));
            next = document["links"]?.Value<string>("next");
        }

        Assert.That(ids, Is.EqualTo(_server.Store.Ids("patient")));
    }
}
