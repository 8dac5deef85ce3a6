using System.Net;
using System.Text;
using FitbitPlus.Paging;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.Paging;

/// <summary>
/// Pages whose values are of the wrong JSON kind or that carry errors on a 200 (issue 14, findings 4, 5 and 8):
/// the typed pager and <c>EnumerateAsync</c> both fail with a <see cref="FitbitPlusException"/> naming the problem.
/// </summary>
public class HostilePageTests
{
    public enum Pager
    {
        Typed,
        Json,
    }

    [TestCase(Pager.Typed, """{"a":1}""", "data[1].id is an object, not a string")]
    [TestCase(Pager.Json, """{"a":1}""", "data[1].id is an object, not a string")]
    [TestCase(Pager.Typed, "[1,2]", "data[1].id is an array, not a string")]
    [TestCase(Pager.Json, "[1,2]", "data[1].id is an array, not a string")]
    [TestCase(Pager.Typed, "12", "data[1].id is a number, not a string")]
    [TestCase(Pager.Json, "12", "data[1].id is a number, not a string")]
    public async Task Enumerate_ResourceIdNotAString_FitbitPlusExceptionNamingTheMember(Pager pager, string id, string expected)
    {
        var body = """{"meta":{"count":2},"data":[{"type":"patient","id":"p1"},{"type":"patient","id":""" + id + "}]}";

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => EnumerateAsync(pager, Serve(body)));

        Assert.That(ex!.Message, Does.Contain(expected).And.Contain("GET /pub/patient"));
        Assert.That(ex.InnerException, Is.Not.InstanceOf<ArgumentException>());
    }

    [TestCase(Pager.Typed, "12", "links.next is a number, not a string")]
    [TestCase(Pager.Json, "12", "links.next is a number, not a string")]
    [TestCase(Pager.Typed, "true", "links.next is a boolean, not a string")]
    [TestCase(Pager.Json, """{"href":"/pub/patient?page[after]=x"}""", "links.next is an object, not a string")]
    public async Task Enumerate_NextLinkNotAString_FitbitPlusExceptionNamingTheLink(Pager pager, string next, string expected)
    {
        var handler = Serve("""{"meta":{"count":2},"data":[{"type":"patient","id":"p1"}],"links":{"next":""" + next + "}}");

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => EnumerateAsync(pager, handler));

        Assert.That(ex!.Message, Does.Contain(expected));
        Assert.That(handler.Requests, Is.EqualTo(1), "the bad link must not be followed");
    }

    [TestCase(Pager.Typed)]
    [TestCase(Pager.Json)]
    public async Task Enumerate_DateLikeIdAndNullNext_Accepted(Pager pager)
    {
        var handler = Serve("""{"meta":{"count":1},"data":[{"type":"patient","id":"2024-01-01T00:00:00Z"}],"links":{"next":null}}""");

        var ids = await EnumerateAsync(pager, handler);

        Assert.That(ids, Is.EqualTo(new[] { "2024-01-01T00:00:00Z" }));
    }

    [TestCase(Pager.Typed)]
    [TestCase(Pager.Json)]
    public async Task Enumerate_ErrorsNextToData_FitbitPlusExceptionCarryingThem(Pager pager)
    {
        var handler = Serve("""{"meta":{"req_id":"req-2xx"},"data":[{"type":"patient","id":"p1"}],"errors":[{"status":"500","code":"PartialFailure","detail":"shard 3 down"}]}""");

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => EnumerateAsync(pager, handler));

        Assert.That(ex!.Errors.Single().Code, Is.EqualTo("PartialFailure"));
        Assert.That(ex.Errors.Single().Detail, Is.EqualTo("shard 3 down"));
        Assert.That(ex.RequestId, Is.EqualTo("req-2xx"));
        Assert.That(ex.StatusCode, Is.Null, "no exception reports a success status");
        Assert.That(ex.Message, Does.Contain("PartialFailure"));
    }

    [TestCase(Pager.Typed)]
    [TestCase(Pager.Json)]
    public async Task Enumerate_ErrorsOnlyOn200_FitbitPlusExceptionCarryingThem(Pager pager)
    {
        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => EnumerateAsync(pager, Serve("""{"errors":[{"code":"Oops","detail":"no"}]}""")));

        Assert.That(ex!.ErrorCode, Is.EqualTo("Oops"));
    }

    [Test]
    public async Task Enumerate_EmptyErrorsArrayNextToData_Accepted()
    {
        var ids = await EnumerateAsync(Pager.Json, Serve("""{"data":[{"type":"patient","id":"p1"}],"errors":[]}"""));

        Assert.That(ids, Is.EqualTo(new[] { "p1" }));
    }

    private static CountingHandler Serve(string body) => new(body);

    private static async Task<List<string>> EnumerateAsync(Pager pager, HttpMessageHandler handler)
    {
        using var http = new HttpClient(handler) { BaseAddress = new Uri(PageBodies.Base) };
        if (pager == Pager.Typed)
        {
            return await PageBodies.IdsOf(PageBodies.Patients(http));
        }

        var ids = new List<string>();
        await foreach (var resource in Pagers.FromCatalog(() => http, "patient", null, null))
        {
            ids.Add((string)resource["id"]!);
        }

        return ids;
    }

    private sealed class CountingHandler(string body) : HttpMessageHandler
    {
        public int Requests { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, PageBodies.JsonApi) });
        }
    }
}
