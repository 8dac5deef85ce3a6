using System.Net;
using System.Text;
using FitbitPlus.Models;
using FitbitPlus.JsonApi;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.JsonApi;

public class JsonApiPatchSenderTests
{
    private const string BaseAddress = "https://api.example.test/pub/";
    private const string UpdatedEvent = """
        { "meta": { "req_id": "req-88" },
          "data": { "type": "calendar_event", "id": "e1",
                    "attributes": { "type": "telephone-call", "title": "Weekly check-in", "start_at": "2024-03-04T15:00:00-05:00" },
                    "relationships": { "owner": { "data": { "type": "patient", "id": "pt-7" } } } } }
        """;

    private MockHttpMessageHandler _mock = null!;
    private HttpClient _http = null!;

    [SetUp]
    public void SetUp()
    {
        _mock = new MockHttpMessageHandler();
        _http = new HttpClient(_mock) { BaseAddress = new Uri(BaseAddress) };
    }

    [TearDown]
    public void TearDown()
    {
        _http.Dispose();
        _mock.Dispose();
    }

    private static JsonApiPatch Uncomplete() =>
        JsonApiPatch.For<CalendarEventAttributes>("calendar_event", "e1").Set(a => a.CompletedAt, null).Set(a => a.CompletedBy, null);

    [Test]
    public async Task SendAsync_Patch_SendsExactBodyAndMediaTypeToTypeSlashId()
    {
        byte[]? body = null;
        string? contentType = null;
        _mock.Expect(HttpMethod.Patch, BaseAddress + "calendar_event/e1")
            .WithHeaders("Accept", "application/vnd.api+json")
            .Respond(async request =>
            {
                body = await request.Content!.ReadAsByteArrayAsync();
                contentType = request.Content.Headers.ContentType!.ToString();
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(UpdatedEvent, Encoding.UTF8, "application/vnd.api+json") };
            });

        var response = await JsonApiPatchSender.SendAsync<UpdateCalendarEventResponse>(_http, Uncomplete(), CancellationToken.None);

        _mock.VerifyNoOutstandingExpectation();
        Assert.That(contentType, Is.EqualTo("application/vnd.api+json"));
        Assert.That(Encoding.UTF8.GetString(body!), Is.EqualTo("""{"data":{"type":"calendar_event","id":"e1","attributes":{"completed_at":null,"completed_by":null}}}"""));
        Assert.That(response.Meta!.ReqId, Is.EqualTo("req-88"));
        Assert.That(response.Data!.Attributes!.StartAt, Is.EqualTo(new DateTimeOffset(2024, 3, 4, 15, 0, 0, TimeSpan.FromHours(-5))));
        Assert.That(response.Data.Relationships!.Owner!.Data!.Id, Is.EqualTo("pt-7"));
    }

    [Test]
    public async Task SendAsync_IdWithReservedCharacters_EscapedInPath()
    {
        _mock.Expect(HttpMethod.Patch, BaseAddress + "patient/a%2Fb%20c")
            .Respond("application/vnd.api+json", """{ "data": { "type": "patient", "id": "a/b c" } }""");

        var response = await JsonApiPatchSender.SendAsync<UpdatePatientResponse>(_http, JsonApiPatch.For("patient", "a/b c").Set("note", "x"), CancellationToken.None);

        _mock.VerifyNoOutstandingExpectation();
        Assert.That(response.Data!.Id, Is.EqualTo("a/b c"));
    }

    [Test]
    public async Task SendAsync_ErrorStatus_FitbitPlusExceptionWithApiErrors()
    {
        _mock.When(HttpMethod.Patch, BaseAddress + "calendar_event/e1").Respond(
            HttpStatusCode.UnprocessableEntity, "application/vnd.api+json",
            """{ "meta": { "req_id": "req-90" }, "errors": [ { "status": "422", "code": "InvalidBodyParameter", "detail": "completed_by must be a user id", "source": { "pointer": "/data/attributes/completed_by" } } ] }""");

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => JsonApiPatchSender.SendAsync<UpdateCalendarEventResponse>(_http, Uncomplete(), CancellationToken.None));

        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(ex.ErrorCode, Is.EqualTo("InvalidBodyParameter"));
        Assert.That(ex.RequestId, Is.EqualTo("req-90"));
    }

    [Test]
    public async Task SendAsync_EmptySuccessBody_FitbitPlusException()
    {
        _mock.When(HttpMethod.Patch, BaseAddress + "calendar_event/e1").Respond(HttpStatusCode.OK, "application/vnd.api+json", "");

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => JsonApiPatchSender.SendAsync<UpdateCalendarEventResponse>(_http, Uncomplete(), CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("PATCH /pub/calendar_event/e1").And.Contain("body is empty"));
    }

    [Test]
    public async Task SendAsync_HtmlSuccessBody_FitbitPlusExceptionWithExcerpt()
    {
        _mock.When(HttpMethod.Patch, BaseAddress + "calendar_event/e1").Respond(HttpStatusCode.OK, "text/html", "<html><body>Maintenance</body></html>");

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => JsonApiPatchSender.SendAsync<UpdateCalendarEventResponse>(_http, Uncomplete(), CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("text/html"));
        Assert.That(ex.BodyExcerpt, Does.Contain("Maintenance"));
    }

    [Test]
    public async Task SendAsync_UnreadableDateInSuccessBody_FitbitPlusException()
    {
        _mock.When(HttpMethod.Patch, BaseAddress + "patient/p1").Respond("application/vnd.api+json",
            """{ "data": { "type": "patient", "id": "p1", "attributes": { "birth_date": "1980-05-17T00:00:00.000Z" } } }""");

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() =>
            JsonApiPatchSender.SendAsync<UpdatePatientResponse>(_http, JsonApiPatch.For("patient", "p1").Set("note", null), CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("PATCH /pub/patient/p1").And.Contain("not a valid UpdatePatientResponse"));
        Assert.That(ex.BodyExcerpt, Does.Contain("birth_date"));
    }

    [TestCase("""{ "data": { "type": "calendar_event", "id": "e1", """)]
    [TestCase("""{ "data": { "type": "calendar_event", "attributes": { "start_at": "soon" } } }""")]
    [TestCase("null")]
    public async Task SendAsync_MalformedSuccessBody_FitbitPlusException(string body)
    {
        _mock.When(HttpMethod.Patch, BaseAddress + "calendar_event/e1").Respond(HttpStatusCode.OK, "application/vnd.api+json", body);

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => JsonApiPatchSender.SendAsync<UpdateCalendarEventResponse>(_http, Uncomplete(), CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("UpdateCalendarEventResponse"));
        Assert.That(ex.StatusCode, Is.Null, "no exception reports a success status");
    }

    [TestCase("""{ "data": null }""", "'data' is null")]
    [TestCase("""{ "meta": { "req_id": "r1" } }""", "no 'data' member")]
    [TestCase("""{ "data": {} }""", "not a resource object")]
    [TestCase("""{ "errors": [ { "code": "Conflict", "detail": "stale" } ] }""", "Conflict: stale")]
    [TestCase("""{ "data": { "type": "calendar_event", "id": "e1" }, "errors": [ { "code": "Conflict" } ] }""", "carries errors")]
    public async Task SendAsync_SuccessWithoutTheResource_FitbitPlusException(string body, string expected)
    {
        _mock.When(HttpMethod.Patch, BaseAddress + "calendar_event/e1").Respond(HttpStatusCode.OK, "application/vnd.api+json", body);

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => JsonApiPatchSender.SendAsync<UpdateCalendarEventResponse>(_http, Uncomplete(), CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("PATCH /pub/calendar_event/e1").And.Contain(expected));
        Assert.That(ex.StatusCode, Is.Null, "no exception reports a success status");
    }

    [Test]
    public async Task SendAsync_ErrorsOnlySuccess_ExceptionCarriesTheErrors()
    {
        _mock.When(HttpMethod.Patch, BaseAddress + "calendar_event/e1").Respond(HttpStatusCode.OK, "application/vnd.api+json",
            """{ "errors": [ { "code": "Conflict", "detail": "stale" } ] }""");

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => JsonApiPatchSender.SendAsync<UpdateCalendarEventResponse>(_http, Uncomplete(), CancellationToken.None));

        Assert.That(ex!.ErrorCode, Is.EqualTo("Conflict"));
    }

    [Test]
    public async Task SendAsync_ConnectionFails_FitbitPlusException()
    {
        _mock.When(HttpMethod.Patch, BaseAddress + "calendar_event/e1").Throw(new HttpRequestException("Connection refused"));

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => JsonApiPatchSender.SendAsync<UpdateCalendarEventResponse>(_http, Uncomplete(), CancellationToken.None));

        Assert.That(ex!.StatusCode, Is.Null);
        Assert.That(ex.InnerException, Is.InstanceOf<HttpRequestException>());
    }
}
