using System.Net;
using System.Text;
using FitbitPlus.Tests.Http;

namespace FitbitPlus.Tests.Authentication;

public class UnauthorizedRetryTests
{
    [Test]
    public async Task Api_401_RenewsTokenAndRetriesExactlyOnce()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (seen, _) => seen.Authorization == "Bearer access-1"
            ? ClientHarness.ErrorResponse(HttpStatusCode.Unauthorized, "Unauthorized")
            : ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        using var client = harness.CreateClient();

        await client.Api.FetchPatientsAsync();

        Assert.That(harness.ApiRequests.Select(r => r.Authorization), Is.EqualTo(new[] { "Bearer access-1", "Bearer access-2" }));
        Assert.That(harness.TokenRequests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Api_401EvenWithRenewedToken_FailsAfterOneRetry()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.ErrorResponse(HttpStatusCode.Unauthorized, "Unauthorized", "req-401"));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync());

        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(ex.RequestId, Is.EqualTo("req-401"));
        Assert.That(harness.ApiRequests, Has.Count.EqualTo(2));
        Assert.That(harness.TokenRequests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Send_401ForStreamedBody_IsNotRetried()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Post, ClientHarness.Origin + "/pub/upload", (_, _) => ClientHarness.ErrorResponse(HttpStatusCode.Unauthorized, "Unauthorized"));
        using var client = harness.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "upload")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{}"))),
        };

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => client.HttpClient.SendAsync(request));

        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(harness.ApiRequests, Has.Count.EqualTo(1));
        Assert.That(harness.TokenRequests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Send_401ForBufferedPost_IsRetriedWithSameBody()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Post, ClientHarness.Origin + "/pub/group", (seen, n) => n == 1
            ? ClientHarness.ErrorResponse(HttpStatusCode.Unauthorized, "Unauthorized")
            : ClientHarness.Json(HttpStatusCode.Created, "{}"));
        using var client = harness.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "group") { Content = new StringContent("{\"x\":1}") };

        using var response = await client.HttpClient.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(harness.ApiRequests.Select(r => r.BodyText), Is.EqualTo(new[] { "{\"x\":1}", "{\"x\":1}" }));
    }
}
