using System.Text;
using System.Text.Json;
using FitbitPlus.Benchmarks.MockThroughput;

namespace FitbitPlus.Benchmarks.ExportVsLoop;

/// <summary>
/// <c>--bare-loop-child base-url client-id client-secret out-file</c>: the P6 baseline, a process that does only what
/// an export must: one token, <c>links.next</c> until the end, each <c>data[]</c> item written raw as one line.
/// </summary>
internal static class BareLoopChild
{
    public const string Switch = "--bare-loop-child";

    public static async Task<int> RunAsync(string[] args)
    {
        var (baseAddress, clientId, clientSecret, outFile) = (new Uri(args[1]), args[2], args[3], args[4]);
        using var http = new HttpClient { BaseAddress = baseAddress };
        var (token, organization) = await MockThroughputCommand.TokenAsync(baseAddress, clientId, clientSecret).ConfigureAwait(false);
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var count = 0;
        await using var output = new StreamWriter(outFile, append: false, new UTF8Encoding(false), 64 * 1024);
        string? next = $"patient?filter%5Borganization%5D={organization}&page%5Blimit%5D=50";
        while (next is not null)
        {
            using var page = JsonDocument.Parse(await http.GetByteArrayAsync(next).ConfigureAwait(false));
            foreach (var resource in page.RootElement.GetProperty("data").EnumerateArray())
            {
                await output.WriteLineAsync(resource.GetRawText()).ConfigureAwait(false);
                count++;
            }

            next = page.RootElement.TryGetProperty("links", out var links) && links.TryGetProperty("next", out var link) && link.ValueKind == JsonValueKind.String
                ? link.GetString()
                : null;
        }

        Console.WriteLine($"bare loop wrote {count}");
        return 0;
    }
}
