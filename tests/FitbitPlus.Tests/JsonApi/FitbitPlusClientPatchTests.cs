using System.Net;
using System.Text;
using FitbitPlus.Models;
using FitbitPlus.JsonApi;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.JsonApi;

/// <summary><see cref="FitbitPlusClient.PatchAsync{TResponse}"/> through the client's real pipeline (token, error translation).</summary>
public class FitbitPlusClientPatchTests
{
    private const string Pub = "https://api.example.test/pub/";
    private const string Token = """
        {"data":{"type":"token","id":"tok-1","attributes":{"access_token":"at-1","refresh_token":"rt-1","token_type":"bearer","expires_in":3600},
          "relationships":{"organization":{"data":{"type":"organization","id":"org-5"}}}},"meta":{"req_id":"req-t"}}
        """;

    private MockHttpMessageHandler _mock = null!;
    private FitbitPlusClient _client = null!;

    [SetUp]
    public void SetUp()
    {
        _mock = new MockHttpMessageHandler();
        _mock.When(HttpMethod.Post, Pub + "oauth/token").Respond(HttpStatusCode.Created, JsonApiPatchSender.MediaType, Token);
        var options = new FitbitPlusClientOptions
        {
            BaseAddress = new Uri(Pub),
            ClientId = "client-1",
            ClientSecret = "secret-1",
            MaxRetryAttempts = 0,
        };
        _client = new FitbitPlusClient(options, _mock);
    }

    [TearDown]
    public void TearDown()
    {
        _client.Dispose();
        _mock.Dispose();
    }

    [Test]
    public async Task PatchAsync_UncompleteEvent_SendsExactBodyWithJsonApiMediaTypeAndToken()
    {
        string? body = null;
        string? contentType = null;
        var patches = _mock.When(HttpMethod.Patch, Pub + "calendar_event/e1")
            .WithHeaders("Authorization", "Bearer at-1")
            .Respond(async request =>
            {
                body = Encoding.UTF8.GetString(await request.Content!.ReadAsByteArrayAsync());
                contentType = request.Content.Headers.ContentType?.ToString();
                return new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent("""{"meta":{"req_id":"req-9"},"data":{"type":"calendar_event","id":"e1","attributes":{"title":"Weekly check-in"}}}""", Encoding.UTF8, JsonApiPatchSender.MediaType),
                };
            });
        var patch = JsonApiPatch.For<CalendarEventAttributes>("calendar_event", "e1").Set(a => a.CompletedAt, null).Set(a => a.CompletedBy, null);

        var updated = await _client.PatchAsync<UpdateCalendarEventResponse>(patch);

        Assert.That(_mock.GetMatchCount(patches), Is.EqualTo(1));
        Assert.That(body, Is.EqualTo("""{"data":{"type":"calendar_event","id":"e1","attributes":{"completed_at":null,"completed_by":null}}}"""));
        Assert.That(contentType, Is.EqualTo("application/vnd.api+json"));
        Assert.That(updated.Data!.Attributes!.Title, Is.EqualTo("Weekly check-in"));
    }

    [Test]
    public async Task PatchAsync_NotFound_FitbitPlusException()
    {
        _mock.When(HttpMethod.Patch, Pub + "bundle/b-404").Respond(
            HttpStatusCode.NotFound, JsonApiPatchSender.MediaType,
            """{"meta":{"req_id":"req-404"},"errors":[{"status":"404","code":"ResourceNotFound","detail":"No bundle b-404"}]}""");

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() =>
            _client.PatchAsync<UpdateBundleResponse>(JsonApiPatch.For("bundle", "b-404").Set("title", "Sleep")));

        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(ex.ErrorCode, Is.EqualTo("ResourceNotFound"));
    }

    [Test]
    public async Task PatchAsync_NullPatch_ArgumentNullException()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _client.PatchAsync<UpdatePatientResponse>(null!));
    }
}
