using System.Net;
using System.Text;

namespace FitbitPlus.Tests.Http;

/// <summary>Every success body is UTF-8 (with or without a byte-order mark); anything else is refused, never replaced by U+FFFD.</summary>
public class Utf8BodyTests
{
    private const string PatientUrl = ClientHarness.Origin + "/pub/patient/p1";

    [Test]
    public async Task GetAsync_InvalidUtf8InAString_FitbitPlusExceptionNamingTheByteOffset()
    {
        var body = Encoding.UTF8.GetBytes("""{"data":{"type":"patient","id":"p1","attributes":{"first_name":"Jos?"}}}""");
        var offset = Array.IndexOf(body, (byte)'?');
        body[offset] = 0xFF;

        var ex = await GetAsync(body);

        Assert.That(ex, Is.TypeOf<FitbitPlusException>());
        Assert.That(ex!.Message, Does.Contain($"not valid UTF-8 (byte offset {offset})").And.Contain("GET /pub/patient"));
    }

    [Test]
    public async Task GetAsync_Utf16WithByteOrderMark_Refused()
    {
        var body = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("""{"data":{"type":"patient","id":"p1"}}""")).ToArray();

        var ex = await GetAsync(body);

        Assert.That(ex, Is.TypeOf<FitbitPlusException>());
        Assert.That(ex!.Message, Does.Contain("UTF-16"));
    }

    [Test]
    public async Task GetAsync_Utf8WithByteOrderMark_Read()
    {
        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"data":{"type":"patient","id":"p1","attributes":{"first_name":"José"}}}""")).ToArray();

        Assert.That(await GetAsync(body), Is.Null);
    }

    [Test]
    public async Task GetAsync_ErrorBodyWithInvalidUtf8_FitbitPlusExceptionWithTheStatus()
    {
        var body = Encoding.UTF8.GetBytes("""{"errors":[{"status":"409","code":"InvalidParameter","detail":"?"}]}""");
        body[Array.IndexOf(body, (byte)'?')] = 0xFF;

        var ex = await GetAsync(body, HttpStatusCode.Conflict);

        Assert.That(ex, Is.InstanceOf<FitbitPlusException>());
        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "error bodies stay lenient");
    }

    private static async Task<FitbitPlusException?> GetAsync(byte[] body, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, PatientUrl, (_, _) => new HttpResponseMessage(status)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new(ClientHarness.JsonApi) } },
        });
        using var client = harness.CreateClient();
        try
        {
            var patient = await client.Patients.GetAsync("p1");
            Assert.That(patient.Data.Attributes?.FirstName, Is.EqualTo("José").Or.Null);
            return null;
        }
        catch (FitbitPlusException ex)
        {
            return ex;
        }
    }
}
