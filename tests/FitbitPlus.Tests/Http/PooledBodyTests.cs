using System.Buffers;
using System.Net;
using System.Text;
using FitbitPlus.Http;

namespace FitbitPlus.Tests.Http;

/// <summary>
/// Response bodies live in pooled arrays (P8, issue 20): returned and cleared when the response is disposed, kept
/// whole where the raw pager hands out slices of them.
/// </summary>
public class PooledBodyTests
{
    [Test]
    public void Dispose_RentedBody_ArrayClearedSoNoTokenOrHealthDataLingers()
    {
        var array = ArrayPool<byte>.Shared.Rent(64);
        Encoding.UTF8.GetBytes("{\"access_token\":\"secret\"}").CopyTo(array, 0);
        var content = new BufferedContent(array, 25, rented: true);

        content.Dispose();
        content.Dispose(); // a second dispose returns nothing twice

        Assert.That(array.All(b => b == 0), Is.True);
    }

    [Test]
    public async Task ReadAsStream_ReadAfterTheResponseIsDisposed_ObjectDisposedExceptionNotThePoolsBytes()
    {
        var array = ArrayPool<byte>.Shared.Rent(64);
        var json = Encoding.UTF8.GetBytes("{\"data\":[]}");
        json.CopyTo(array, 0);
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new BufferedContent(array, json.Length, rented: true) };
        var stream = await response.Content.ReadAsStreamAsync();
        var first = new byte[4];
        stream.ReadExactly(first);

        response.Dispose();

        Assert.That(first, Is.EqualTo(json[..4]));
        Assert.Throws<ObjectDisposedException>(() => stream.ReadByte());
        Assert.Throws<ObjectDisposedException>(() => _ = stream.Length);
    }

    [Test]
    public void Dispose_DetachedBody_ArrayKept()
    {
        var array = ArrayPool<byte>.Shared.Rent(64);
        var json = Encoding.UTF8.GetBytes("{\"data\":[]}");
        json.CopyTo(array, 0);
        var content = new BufferedContent(array, json.Length, rented: true);

        var body = content.Detach();
        content.Dispose();

        Assert.That(body.ToArray(), Is.EqualTo(json));
    }

    [Test]
    public async Task EnumerateRawAsync_ResourcesKeptWhileLaterBodiesAreRead_BytesUnchanged()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl + "*", (request, _) => Json(request.Uri.Query.Contains("after", StringComparison.Ordinal)
            ? """{"data":[{"type":"patient","id":"p2","attributes":{"first_name":"Bea"}}]}"""
            : """{"meta":{"count":2},"data":[{"type":"patient","id":"p1","attributes":{"first_name":"Ann"}}],"links":{"next":"/pub/patient?page[after]=p1"}}"""));
        using var client = harness.CreateClient();

        var kept = new List<FitbitPlus.Paging.RawResource>();
        await foreach (var resource in client.EnumerateRawAsync("patient"))
        {
            kept.Add(resource);
        }

        for (var i = 0; i < 3; i++)
        {
            // Later reads rent (and clear on return) arrays of the same size from the same pool.
            await foreach (var _ in client.Patients.ListAsync())
            {
            }
        }

        Assert.That(kept.Select(r => r.GetJson()), Is.EqualTo(new[]
        {
            """{"type":"patient","id":"p1","attributes":{"first_name":"Ann"}}""",
            """{"type":"patient","id":"p2","attributes":{"first_name":"Bea"}}""",
        }));
    }

    private static HttpResponseMessage Json(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, ClientHarness.JsonApi) };
}
