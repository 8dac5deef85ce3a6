using System.Globalization;
using System.Net;
using System.Text;
using FitbitPlus.Paging;

namespace FitbitPlus.Benchmarks.BodyMemory;

/// <summary>
/// P8: bytes allocated per body byte when a body of exactly the default limit (16 MiB) is read through each path
/// (typed, by-name and raw pager, single-resource get), and what refusing a body one byte over the limit costs.
/// Measured with <see cref="GC.GetTotalAllocatedBytes(bool)"/> around one read, after a warm-up read of the same body.
/// </summary>
internal static class BodyMemoryCommand
{
    public const string Switch = "--body-memory";
    private const int Limit = 16 * 1024 * 1024;

    public static async Task<int> RunAsync(string[] args)
    {
        var page = Pad(PatientsPage(), Limit);
        var single = Pad("{\"data\":{\"type\":\"patient\",\"id\":\"p1\",\"attributes\":{\"note\":\"" + new string('n', Limit - 200) + "\"}}}", Limit);
        var over = Pad(PatientsPage(), Limit + 1);
        Console.WriteLine($"P8 body memory, load {CommandLine.LoadAverage()}; bodies {page.Length} / {single.Length} / {over.Length} bytes");
        Console.WriteLine("| path | allocated (MB) | bytes per body byte | of which the result (MB) | allocated beyond the result, per body byte |");
        Console.WriteLine("|---|---|---|---|---|");
        await MeasureAsync("typed pager (Patients.ListAsync)", page, true, (c, kept) => Collect(c.Patients.ListAsync(), kept));
        await MeasureAsync("by-name pager (EnumerateJsonAsync)", page, true, (c, kept) => Collect(c.EnumerateJsonAsync("patient"), kept));
        await MeasureAsync("raw pager (EnumerateRawAsync)", page, true, (c, kept) => Collect(c.EnumerateRawAsync("patient"), kept));
        await MeasureAsync("single get (Patients.GetAsync)", single, true, async (c, kept) => kept.Add(await c.Patients.GetAsync("p1").ConfigureAwait(false)));
        await MeasureAsync("refused, Content-Length", over, true, (c, kept) => Refused(c, kept));
        await MeasureAsync("refused, no Content-Length", over, false, (c, kept) => Refused(c, kept));
        return 0;
    }

    // The result is what the read returns, kept until measured: its retained size is told apart from what the read
    // allocated besides (buffers, parsing, the page), which is what a reader of a large body can avoid.
    private static async Task MeasureAsync(string name, byte[] body, bool declareLength, Func<FitbitPlusClient, List<object?>, Task> read)
    {
        using var client = new FitbitPlusClient(
            new FitbitPlusClientOptions { BaseAddress = new Uri("https://bench.example.test/pub/"), ClientId = "bench-client", ClientSecret = "bench-secret" },
            new BodyHandler(body, declareLength));
        await read(client, new List<object?>(60_000)).ConfigureAwait(false); // warm-up: JIT, token, pools
        var result = new List<object?>(60_000); // the benchmark's list, sized before the measurement
        var live = GC.GetTotalMemory(forceFullCollection: true);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        await read(client, result).ConfigureAwait(false);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        var retained = Math.Max(0, GC.GetTotalMemory(forceFullCollection: true) - live);
        GC.KeepAlive(result);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {allocated / 1e6:F1} | {(double)allocated / Limit:F2} | {retained / 1e6:F1} | {(double)Math.Max(0, allocated - retained) / Limit:F2} |"));
    }

    private static async Task Collect<T>(IAsyncEnumerable<T> pager, List<object?> kept)
    {
        await foreach (var item in pager.ConfigureAwait(false))
        {
            kept.Add(item);
        }
    }

    private static async Task Refused(FitbitPlusClient client, List<object?> kept)
    {
        try
        {
            await Collect(client.EnumerateRawAsync("patient"), kept).ConfigureAwait(false);
            throw new InvalidOperationException("the body over the limit was read");
        }
        catch (FitbitPlusException)
        {
            // refused, as it must be
        }
    }

    private static string PatientsPage()
    {
        var text = new StringBuilder("{\"meta\":{\"count\":1},\"data\":[");
        for (var i = 0; text.Length < Limit - 1000; i++)
        {
            text.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"{{\"type\":\"patient\",\"id\":\"p{i}\",\"attributes\":{{\"first_name\":\"First{i}\",\"last_name\":\"Last{i}\",\"email_address\":\"p{i}@example.test\",\"note\":\"{new string('x', 200)}\"}},\"links\":{{\"self\":\"/pub/patient/p{i}\"}}}}");
        }

        return text.Append("]}").ToString();
    }

    // White space before the closing brace brings the body to exactly the size wanted.
    private static byte[] Pad(string json, int size)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var padded = new byte[size];
        bytes.AsSpan(0, bytes.Length - 1).CopyTo(padded);
        padded.AsSpan(bytes.Length - 1, size - bytes.Length).Fill((byte)' ');
        padded[^1] = (byte)'}';
        return padded;
    }

    private sealed class BodyHandler(byte[] body, bool declareLength) : HttpMessageHandler
    {
        private static readonly byte[] Token = Encoding.UTF8.GetBytes(
            "{\"data\":{\"type\":\"token\",\"id\":\"t\",\"attributes\":{\"access_token\":\"a\",\"refresh_token\":\"r\",\"token_type\":\"bearer\",\"expires_in\":3600},"
            + "\"relationships\":{\"organization\":{\"data\":{\"type\":\"organization\",\"id\":\"o1\"}}}}}");

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var token = request.RequestUri!.AbsolutePath.EndsWith("/oauth/token", StringComparison.Ordinal);
            var content = new SliceContent(token ? Token : body, token || declareLength);
            content.Headers.ContentType = new("application/vnd.api+json");
            return Task.FromResult(new HttpResponseMessage(token ? HttpStatusCode.Created : HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }

    // Writes the server's array in 64 KiB pieces, with or without a Content-Length (chunked), as a socket would deliver it.
    private sealed class SliceContent(byte[] body, bool declareLength) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var at = 0; at < body.Length; at += 65536)
            {
                await stream.WriteAsync(body.AsMemory(at, Math.Min(65536, body.Length - at))).ConfigureAwait(false);
            }
        }

        // What the client reads, as from a socket: the server's array itself, so no copy of the server's side is counted.
        protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new MemoryStream(body, writable: false));

        protected override bool TryComputeLength(out long length)
        {
            length = body.Length;
            return declareLength;
        }
    }
}
