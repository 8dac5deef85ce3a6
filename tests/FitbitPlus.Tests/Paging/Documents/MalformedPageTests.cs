using System.Net;
using System.Text;
using FitbitPlus.Paging;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.Paging;

public class MalformedPageTests
{
    [TestCase("text/html", "<html><body>Maintenance</body></html>", "content type is 'text/html'")]
    [TestCase("application/json", "<html><body>Maintenance</body></html>", "not valid JSON (line 1")]
    [TestCase("application/vnd.api+json", "", "body is empty")]
    [TestCase("application/vnd.api+json", """{"meta":{"count":2},"data":[{"type":"patient","id":"p1"},{"type":"pat""", "not valid JSON")]
    [TestCase("application/vnd.api+json", """{"meta":{"count":2}}""", "no 'data' member")]
    [TestCase("application/vnd.api+json", """{"data":null}""", "'data'")]
    [TestCase("application/vnd.api+json", """{"data":{"type":"patient","id":"p1"}}""", "its 'data' is an object, not an array of resources")]
    [TestCase("application/vnd.api+json", "[]", "its body is an array, not a JSON:API document")]
    [TestCase("application/vnd.api+json", """{"data":[{"type":"patient","id":"p1","attributes":{"birth_date":"1980-05-17T00:00:00.000Z"}}]}""", "not a valid FetchPatientsResponse")]
    [TestCase("application/vnd.api+json", """{"data":[{"type":"patient","id":"p1","attributes":{"archived":"perhaps"}}]}""", "not a valid FetchPatientsResponse")]
    public async Task Enumerate_MalformedFirstPage_FitbitPlusExceptionNamingTheProblem(string mediaType, string body, string expected)
    {
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, mediaType) });
        using var http = PageBodies.Client(mock);

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => PageBodies.IdsOf(PageBodies.Patients(http)));

        Assert.That(ex!.Message, Does.Contain(expected).And.Contain("GET /pub/patient"));
        Assert.That(ex.Message, Does.Not.Contain("filter"), "the query may carry identifiers");
        Assert.That(ex.StatusCode, Is.Null, "no exception reports a success status");
    }

    [Test]
    public async Task Enumerate_MalformedSecondPage_FirstPageYieldedThenException()
    {
        var mock = new MockHttpMessageHandler();
        PageBodies.Exact(mock, PageBodies.Base + "patient?filter%5Borganization%5D=o1&page%5Blimit%5D=50")
            .Respond(PageBodies.JsonApi, PageBodies.Patients(["p1"], "/pub/patient?page[after]=b"));
        PageBodies.Exact(mock, PageBodies.Origin + "/pub/patient?page[after]=b").Respond("text/html", "<html>oops</html>");
        using var http = PageBodies.Client(mock);
        var seen = new List<string>();

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(async () =>
        {
            await foreach (var p in PageBodies.Patients(http))
            {
                seen.Add(p.Id!);
            }
        });

        Assert.That(seen, Is.EqualTo(new[] { "p1" }));
        Assert.That(ex!.BodyExcerpt, Does.Contain("oops"));
    }

    [Test]
    public async Task Enumerate_ErrorStatusOnBareHttpClient_ErrorResponseReaderException()
    {
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(HttpStatusCode.Conflict, PageBodies.JsonApi,
            """{"meta":{"req_id":"r9"},"errors":[{"status":"409","code":"InvalidParameter","detail":"filter[organization] is required"}]}""");
        using var http = PageBodies.Client(mock);

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => PageBodies.IdsOf(PageBodies.Patients(http)));

        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(ex.ErrorCode, Is.EqualTo("InvalidParameter"));
        Assert.That(ex.RequestId, Is.EqualTo("r9"));
    }
}
