using FitbitPlus.Mock;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Mock;

public class MockPagingTests
{
    private FitbitPlusMockServer _server = null!;
    private HttpClient _client = null!;
    private string _organization = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 23 });
        _client = await MockHttp.AuthorizedClientAsync(_server);
        _organization = _server.Store.OrganizationId;
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        _client.Dispose();
        _server.Dispose();
    }

    [Test]
    public async Task SkipPaging_MiddlePage_HasFirstPrevNextLastLinksKeepingFilters()
    {
        var (status, document) = await MockHttp.GetAsync(_client, $"patient?filter[organization]={_organization}&page[size]=5&page[number]=2");

        Assert.That(status, Is.EqualTo(200));
        Assert.That(document["meta"]!.Value<int>("count"), Is.EqualTo(23));
        Assert.That(Ids(document), Is.EqualTo(_server.Store.PatientIds.Skip(5).Take(5)));
        var links = document["links"]!;
        Assert.That(links.Value<string>("first"), Is.EqualTo($"/pub/patient?filter[organization]={_organization}&page[size]=5&page[number]=1"));
        Assert.That(links.Value<string>("prev"), Is.EqualTo($"/pub/patient?filter[organization]={_organization}&page[size]=5&page[number]=1"));
        Assert.That(links.Value<string>("next"), Is.EqualTo($"/pub/patient?filter[organization]={_organization}&page[size]=5&page[number]=3"));
        Assert.That(links.Value<string>("last"), Is.EqualTo($"/pub/patient?filter[organization]={_organization}&page[size]=5&page[number]=5"));
    }

    [Test]
    public async Task SkipPaging_LastPage_HasNoNextLink()
    {
        var (_, document) = await MockHttp.GetAsync(_client, $"patient?filter[organization]={_organization}&page[size]=5&page[number]=5");

        Assert.That(Ids(document), Has.Count.EqualTo(3));
        Assert.That(document["links"]!["next"], Is.Null);
    }

    [Test]
    public async Task NoPageParameters_DefaultsToSkipPagingWithLinks()
    {
        var (_, document) = await MockHttp.GetAsync(_client, $"patient?filter[organization]={_organization}");

        Assert.That(Ids(document), Has.Count.EqualTo(23));
        Assert.That(document["links"]!.Value<string>("first"), Does.Contain("page[number]=1"));
    }

    [Test]
    public async Task CursorPaging_FollowingNextLinks_VisitsEveryResourceOnceDespiteInserts()
    {
        using var http = MockHttp.Client(_server);
        http.DefaultRequestHeaders.Authorization = _client.DefaultRequestHeaders.Authorization;
        var seen = new List<string>();
        string? next = $"/pub/patient_health_metric?filter[organization]={_organization}&page[limit]=7";
        var before = _server.Store.Ids("patient_health_metric");
        var pages = 0;
        while (next is not null && pages++ < 50)
        {
            var (status, document) = await MockHttp.GetAsync(http, new Uri(_server.Origin, next).ToString());
            Assert.That(status, Is.EqualTo(200), document.ToString());
            Assert.That(document["links"]!["first"], Is.Null, "cursor paging answers no first/last links");
            seen.AddRange(Ids(document));
            next = document["links"]!.Value<string>("next");
            if (pages == 1)
            {
                await CreateMetricAsync(_server.Store.PatientIds[0]);
            }
        }

        Assert.That(seen, Is.Unique);
        Assert.That(seen.Take(before.Count), Is.EqualTo(before));
        Assert.That(seen, Has.Count.EqualTo(before.Count + 1), "the resource inserted mid-iteration sorts after the cursor");
    }

    [Test]
    public async Task CursorPaging_NextLink_CarriesLimitAndLastIdOfPage()
    {
        var (_, document) = await MockHttp.GetAsync(_client, $"patient?filter[organization]={_organization}&page[limit]=4");

        Assert.That(document["links"]!.Value<string>("next"),
            Is.EqualTo($"/pub/patient?filter[organization]={_organization}&page[limit]=4&page[after]={_server.Store.PatientIds[3]}"));
    }

    [TestCase("page[size]=0")]
    [TestCase("page[limit]=0")]
    public async Task ZeroPageSize_AnswersCountOnly(string paging)
    {
        var (status, document) = await MockHttp.GetAsync(_client, $"patient?filter[organization]={_organization}&{paging}");

        Assert.That(status, Is.EqualTo(200));
        Assert.That(document["meta"]!.Value<int>("count"), Is.EqualTo(_server.Store.Count("patient")));
        Assert.That(document["data"], Is.Empty);
    }

    [TestCase("page[size]=5&page[after]=p000001", "page[after]")]
    [TestCase("page[number]=2&page[limit]=5", "page[limit]")]
    public async Task MixedPagingStrategies_Answers409NamingTheParameters(string paging, string parameter)
    {
        var (status, document) = await MockHttp.GetAsync(_client, $"patient?filter[organization]={_organization}&{paging}");
        var error = MockHttp.FirstError(document);

        Assert.That(status, Is.EqualTo(409));
        Assert.That(error.Value<string>("code"), Is.EqualTo("InvalidParameter"));
        Assert.That(error["source"]!.Value<string>("parameter"), Is.EqualTo(parameter));
        Assert.That(error.Value<string>("detail"), Does.Contain("page[").And.Contain("mixed"));
    }

    [TestCase("page[size]=51", "page[size]")]
    [TestCase("page[limit]=51", "page[limit]")]
    [TestCase("page[size]=-1", "page[size]")]
    [TestCase("page[number]=0", "page[number]")]
    [TestCase("page[limit]=5&page[after]=nobody", "page[after]")]
    public async Task InvalidPageParameter_Answers409(string paging, string parameter)
    {
        var (status, document) = await MockHttp.GetAsync(_client, $"patient?filter[organization]={_organization}&{paging}");

        Assert.That(status, Is.EqualTo(409));
        Assert.That(MockHttp.FirstError(document)["source"]!.Value<string>("parameter"), Is.EqualTo(parameter));
    }

    [Test]
    public async Task PageSize_DocumentedMaximum_IsAccepted()
    {
        var (status, document) = await MockHttp.GetAsync(_client, $"patient?filter[organization]={_organization}&page[size]=50");

        Assert.That(status, Is.EqualTo(200));
        Assert.That(document["data"]!.Count(), Is.EqualTo(Math.Min(50, _server.Store.Count("patient"))));
    }

    [TestCase("page[size]=60")]
    [TestCase("page[limit]=60")]
    public async Task PageSize_AboveTheDocumentedMaximum_Answers409InvalidRequest(string paging)
    {
        // The publisher documents page[size] maximum 50 for fetchPatients; the mock served 60 per page.
        var (status, document) = await MockHttp.GetAsync(_client, $"patient?filter[organization]={_organization}&{paging}");

        Assert.That(status, Is.EqualTo(409));
        Assert.That(MockHttp.FirstError(document).Value<string>("detail"), Does.Contain("50"));
    }

    [Test]
    public async Task PageSize_NoDocumentedMaximum_ServerMaximumIsAccepted()
    {
        var (status, _) = await MockHttp.GetAsync(_client, $"coach?filter[organization]={_organization}&page[size]={MockServerOptions.DefaultMaxPageSize}");

        Assert.That(status, Is.EqualTo(200));
    }

    private async Task CreateMetricAsync(string patientId)
    {
        var body = MockHttp.MetricBody(patientId, 150);
        using var response = await _client.PostAsync("patient_health_metric", MockHttp.Body(body));
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
    }

    private static List<string> Ids(JObject document) => document["data"]!.Select(d => d.Value<string>("id")!).ToList();
}
