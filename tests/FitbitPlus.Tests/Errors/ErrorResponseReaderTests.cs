using System.Net;
using System.Text;
using FitbitPlus.Errors;

namespace FitbitPlus.Tests.Errors;

public class ErrorResponseReaderTests
{
    private static HttpResponseMessage Response(HttpStatusCode status, string body, string mediaType) => new(status)
    {
        Content = new StringContent(body, Encoding.UTF8, mediaType),
        RequestMessage = new HttpRequestMessage(HttpMethod.Get, "https://api.example.test/pub/patient?filter[organization]=o1"),
    };

    [Test]
    public async Task FromErrorResponseAsync_JsonApiErrors_CarriesErrorsStatusAndRequestId()
    {
        const string body = """{"meta":{"req_id":"r-42"},"errors":[{"status":"409","code":"InvalidParameter","detail":"filter[organization] or filter[groups] is required","source":{"parameter":"filter[organization]"}}]}""";
        var ex = await ErrorResponseReader.FromErrorResponseAsync(Response(HttpStatusCode.Conflict, body, "application/vnd.api+json"), CancellationToken.None);

        Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(ex.RequestId, Is.EqualTo("r-42"));
        Assert.That(ex.Errors, Has.Count.EqualTo(1));
        Assert.That(ex.Errors[0], Is.EqualTo(new ApiError("409", "InvalidParameter", null, "filter[organization] or filter[groups] is required", null, "filter[organization]")));
        Assert.That(ex.ErrorCode, Is.EqualTo("InvalidParameter"));
        Assert.That(ex.Message, Does.Contain("GET /pub/patient").And.Contain("InvalidParameter").And.Contain("r-42"));
        Assert.That(ex.Message, Does.Not.Contain("filter[organization]=o1"), "the query string may carry identifiers");
    }

    [Test]
    public async Task FromErrorResponseAsync_HtmlBadGatewayPage_NamesTheContentType()
    {
        var ex = await ErrorResponseReader.FromErrorResponseAsync(Response(HttpStatusCode.BadGateway, "<html><body>502 Bad Gateway</body></html>", "text/html"), CancellationToken.None);

        Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(ex.Message, Does.Contain("text/html").And.Contain("not a JSON:API error document"));
        Assert.That(ex.BodyExcerpt, Does.Contain("502 Bad Gateway"));
        Assert.That(ex.Errors, Is.Empty);
    }

    [Test]
    public async Task FromErrorResponseAsync_EmptyBody_SaysTheBodyIsEmpty()
    {
        var ex = await ErrorResponseReader.FromErrorResponseAsync(Response(HttpStatusCode.ServiceUnavailable, "", "application/vnd.api+json"), CancellationToken.None);

        Assert.That(ex.Message, Does.Contain("empty body"));
        Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }

    [Test]
    public async Task FromErrorResponseAsync_TruncatedJson_SaysMalformed()
    {
        var ex = await ErrorResponseReader.FromErrorResponseAsync(Response(HttpStatusCode.Forbidden, """{"errors":[{"code":"Forb""", "application/vnd.api+json"), CancellationToken.None);

        Assert.That(ex.Message, Does.Contain("malformed JSON"));
        Assert.That(ex.BodyExcerpt, Does.StartWith("{\"errors\""));
    }

    [Test]
    public async Task FromErrorResponseAsync_HugeBody_KeepsABoundedExcerpt()
    {
        var huge = "<html>" + new string('x', 1_000_000) + "</html>";
        var ex = await ErrorResponseReader.FromErrorResponseAsync(Response(HttpStatusCode.InternalServerError, huge, "text/html"), CancellationToken.None);

        Assert.That(ex.BodyExcerpt!.Length, Is.LessThanOrEqualTo(ErrorResponseReader.MaxExcerptLength + 1));
    }

    [Test]
    public async Task FromErrorResponseAsync_LargeJsonBodyWithinTheBound_ReadsEveryErrorAndABoundedExcerpt()
    {
        // ~200 KB: well above the old per-read char buffer's chunking, below the bound, with non-ASCII text.
        var padding = new string('é', 50_000); // 2 bytes each in UTF-8: ~200 KB in all
        var body = $$"""{"meta":{"req_id":"r-big","pad":"{{padding}}"},"errors":[{"code":"First","detail":"ü1"},{"code":"Second","detail":"{{padding}}"},{"code":"Third"}]}""";
        var ex = await ErrorResponseReader.FromErrorResponseAsync(Response(HttpStatusCode.UnprocessableEntity, body, "application/vnd.api+json"), CancellationToken.None);

        Assert.That(ex.Errors.Select(e => e.Code), Is.EqualTo(new[] { "First", "Second", "Third" }));
        Assert.That(ex.Errors[0].Detail, Is.EqualTo("ü1"));
        Assert.That(ex.Errors[1].Detail, Is.EqualTo(padding));
        Assert.That(ex.RequestId, Is.EqualTo("r-big"));
        Assert.That(ex.BodyExcerpt, Is.EqualTo(body[..ErrorResponseReader.MaxExcerptLength] + "…"));
    }

    [Test]
    public async Task FromErrorResponseAsync_JsonBodyBeyondTheBound_SaysTooLargeAndKeepsTheExcerpt()
    {
        var body = "{\"errors\":[{\"code\":\"X\",\"detail\":\"" + new string('a', ErrorResponseReader.MaxBodyBytes) + "\"}]}";
        var ex = await ErrorResponseReader.FromErrorResponseAsync(Response(HttpStatusCode.BadRequest, body, "application/json"), CancellationToken.None);

        Assert.That(ex.Message, Does.Contain("too large to read whole"));
        Assert.That(ex.Errors, Is.Empty);
        Assert.That(ex.BodyExcerpt, Does.StartWith("{\"errors\"").And.Length.EqualTo(ErrorResponseReader.MaxExcerptLength + 1));
    }

    [Test]
    public async Task FromErrorResponseAsync_WhiteSpaceOnlyLargeBody_SaysTheBodyIsEmpty()
    {
        var ex = await ErrorResponseReader.FromErrorResponseAsync(Response(HttpStatusCode.BadGateway, new string(' ', 300_000) + "\n", "text/html"), CancellationToken.None);

        Assert.That(ex.Message, Does.Contain("empty body"));
        Assert.That(ex.BodyExcerpt, Is.Null);
    }

    [Test]
    public async Task FromErrorResponseAsync_TrailingTextAfterTheDocument_SaysMalformed()
    {
        var ex = await ErrorResponseReader.FromErrorResponseAsync(Response(HttpStatusCode.BadRequest, """{"errors":[]} trailing""", "application/json"), CancellationToken.None);

        Assert.That(ex.Message, Does.Contain("malformed JSON"));
    }

    [Test]
    public async Task FromErrorResponseAsync_SingleErrorObject_IsAcceptedAsOneError()
    {
        const string body = """{"errors":{"status":"401","code":"Unauthorized","detail":"A valid bearer token is required"}}""";
        var ex = await ErrorResponseReader.FromErrorResponseAsync(Response(HttpStatusCode.Unauthorized, body, "application/json"), CancellationToken.None);

        Assert.That(ex.Errors.Single().Code, Is.EqualTo("Unauthorized"));
    }
}
