using System.Net;
using FitbitPlus.Models;
using FitbitPlus.Tests.GeneratedClient;

namespace FitbitPlus.Tests.Http;

/// <summary>The one response reader behind the generated operations: single-resource answers and the token endpoint.</summary>
public class ResponseDocumentReaderTests
{
    [Test]
    public async Task ReadAsync_TokenAnswerWithoutAResource_FailsWithoutQuotingTheBody()
    {
        using var f = new GeneratedClientFixture("""{"data":{"type":"token","attributes":{"access_token":"tok-SECRET-0123456789"}}}""", HttpStatusCode.Created);

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => f.Client.CreateTokenAsync(new CreateTokenRequest()));

        Assert.That(ex!.Message, Does.Contain("oauth/token").And.Contain("'type' and 'id'"));
        Assert.That(ex.BodyExcerpt, Is.Null);
        Assert.That(ex.ToString(), Does.Not.Contain("tok-SECRET"));
    }

    [Test]
    public async Task ReadAsync_SingleFetchWithNullData_FitbitPlusExceptionNamingDataAndQuotingTheBody()
    {
        using var f = new GeneratedClientFixture("""{"data":null,"meta":{"req_id":"r1"}}""");

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => f.Client.FetchPatientAsync("p1"));

        Assert.That(ex!.Message, Does.Contain("GET /pub/patient/p1").And.Contain("'data'"));
        Assert.That(ex.BodyExcerpt, Does.Contain("req_id"));
    }
}
