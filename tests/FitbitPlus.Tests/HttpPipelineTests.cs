using System.Net;
using System.Net.Http.Headers;
using FitbitPlus.Authentication;
using FitbitPlus.Tests.Http;
using Microsoft.Extensions.Logging.Abstractions;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests;

/// <summary>The token chain on its own: retries suited to a grant, same-origin redirects, authentication failures.</summary>
public class HttpPipelineTests
{
    private const string OtherOrigin = "https://elsewhere.example.test";

    [Test]
    public async Task TokenChain_Post503ThenCreated_PostIsRetried()
    {
        using var harness = new ClientHarness();
        harness.TokenResponder = (_, n) => Task.FromResult(n == 1
            ? ClientHarness.ErrorResponse(HttpStatusCode.ServiceUnavailable, "Unavailable")
            : ClientHarness.TokenResponse("access-2", "refresh-2", 3600));
        using var client = TokenChain(harness);

        using var response = await client.SendAsync(TokenPost());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(harness.TokenRequests, Has.Count.EqualTo(2), "a grant is safe to send again, so its POST is retried");
        Assert.That(harness.TokenRequests.Select(r => r.BodyText), Is.All.Contains(ClientHarness.ClientSecret), "the retry sends the same body");
    }

    [Test]
    public async Task TokenChain_RedirectToOtherOrigin_RefusedWithAuthenticationException()
    {
        using var harness = new ClientHarness();
        harness.TokenResponder = (_, _) =>
        {
            var redirect = new HttpResponseMessage(HttpStatusCode.TemporaryRedirect);
            redirect.Headers.Location = new Uri(OtherOrigin + "/pub/oauth/token");
            return Task.FromResult(redirect);
        };
        var other = 0;
        harness.Mock.When(OtherOrigin + "/*").Respond(_ =>
        {
            Interlocked.Increment(ref other);
            return ClientHarness.TokenResponse("stolen", "stolen", 3600);
        });
        using var client = TokenChain(harness);

        var ex = await Assert.ThrowsAsync<FitbitPlusAuthenticationException>(() => client.SendAsync(TokenPost()));

        Assert.That(ex!.Message, Does.StartWith("The token request was not completed").And.Contain(OtherOrigin));
        Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.TemporaryRedirect));
        Assert.That(other, Is.Zero, "the other origin must receive nothing");
    }

    // The library's own token request, as TokenEndpointClient sends it.
    private static HttpRequestMessage TokenPost()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, ClientHarness.TokenUrl)
        {
            Content = new ByteArrayContent("""{"data":{"type":"token","attributes":{"client_secret":"client-secret-Zq81-never-log-me"}}}"""u8.ToArray()),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(ClientHarness.JsonApi);
        return request;
    }

    private static HttpClient TokenChain(ClientHarness harness) =>
        new(HttpPipeline.Build(HttpPipeline.CreateTokenHandlers(harness.Options().ValidatedCopy(), NullLoggerFactory.Instance), harness.Transport),
            disposeHandler: false);
}
