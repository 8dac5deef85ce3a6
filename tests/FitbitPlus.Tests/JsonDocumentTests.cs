using System.Net;
using FitbitPlus.Tests.Http;

namespace FitbitPlus.Tests;

public sealed class JsonDocumentTests
{
    [Test]
    public async Task GetJsonDocumentAsync_DocumentWithUndeclaredMembers_ReturnsThemUnchanged()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.Origin + "/pub/action/a1", (_, _) => ClientHarness.Json(HttpStatusCode.OK,
            """{"data":{"type":"action","id":"a1","attributes":{"options":{"x":1},"created_at":"2020-01-01T00:00:00.000Z"},"links":{"self":"/pub/action/a1"}},"included":[{"type":"patient","id":"p1"}]}"""));
        using var client = harness.CreateClient();

        var document = await client.GetJsonDocumentAsync("action", "a1");

        Assert.That((int?)document["data"]?["attributes"]?["options"]?["x"], Is.EqualTo(1));
        Assert.That((string?)document["data"]?["attributes"]?["created_at"], Is.EqualTo("2020-01-01T00:00:00.000Z"), "dates are not reformatted");
        Assert.That((string?)document["data"]?["links"]?["self"], Is.EqualTo("/pub/action/a1"));
        Assert.That((string?)document["included"]?[0]?["id"], Is.EqualTo("p1"));
    }

    [Test]
    public async Task GetJsonDocumentAsync_Include_IsSentAsQueryParameter()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.Origin + "/pub/action/a1", (_, _) => ClientHarness.Json(HttpStatusCode.OK, """{"data":{"type":"action","id":"a1"}}"""));
        using var client = harness.CreateClient();

        await client.GetJsonDocumentAsync("action", "a1", "patient,plan");

        Assert.That(harness.ApiRequests.Single().Uri.Query, Is.EqualTo("?include=patient%2Cplan"));
    }

    [Test]
    public async Task GetJsonDocumentAsync_NotFound_ThrowsWithTheStatus()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.Origin + "/pub/action/a1", (_, _) => ClientHarness.ErrorResponse(HttpStatusCode.NotFound, "NotFound"));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => client.GetJsonDocumentAsync("action", "a1"));

        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("""{"data":[]}""")]
    [TestCase("""{"data":{"type":"action",""")]
    [TestCase("null")]
    public async Task GetJsonDocumentAsync_SuccessWithoutAResourceDocument_ThrowsWithoutASuccessStatus(string body)
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.Origin + "/pub/action/a1", (_, _) => ClientHarness.Json(HttpStatusCode.OK, body));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => client.GetJsonDocumentAsync("action", "a1"));

        Assert.That(ex!.StatusCode, Is.Null);
        Assert.That(ex.Message, Does.Contain("GET action/a1 answered HTTP 200"));
    }
}
