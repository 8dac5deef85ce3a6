using System.Net;
using FitbitPlus.Tests.Http;

namespace FitbitPlus.Tests.Authentication;

public class BearerOriginTests
{
    [TestCase("https://evil.example.test/pub/patient")]
    [TestCase("http://api.example.test/pub/patient")]
    [TestCase("https://api.example.test:8443/pub/patient")]
    [TestCase("https://example.test/pub/patient")]
    public async Task Send_OtherOrigin_GoesOutWithoutAuthorization(string url)
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, url, (_, _) => ClientHarness.Json(HttpStatusCode.OK, "{}"));
        using var client = harness.CreateClient();

        using var response = await client.HttpClient.GetAsync(url);

        Assert.That(harness.ApiRequests.Single().Authorization, Is.Null);
        Assert.That(harness.TokenRequests, Is.Empty, "no token is needed for a foreign origin");
    }

    [Test]
    public async Task Send_SameOriginOutsideBasePath_GetsBearer()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, "https://API.example.test:443/pub/patient", (_, _) => ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        using var client = harness.CreateClient();

        using var response = await client.HttpClient.GetAsync("https://API.example.test:443/pub/patient");

        Assert.That(harness.ApiRequests.Single().Authorization, Is.EqualTo("Bearer access-1"));
    }
}
