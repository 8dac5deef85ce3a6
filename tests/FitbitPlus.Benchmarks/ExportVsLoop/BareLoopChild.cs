using System.Text;
using System.Text.Json;

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
        var request = JsonSerializer.Serialize(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = clientSecret });
        string organization;
        using (var response = await http.PostAsync("oauth/token", new StringContent(request, Encoding.UTF8, "application/json")).ConfigureAwait(false))
        {
            response.EnsureSuccessStatusCode();
            using var token = JsonDocument.Parse(await response.Content.ReadAsStreamAsync().ConfigureAwait(false));
            var data = token.RootElement.GetProperty("data");
            http.DefaultRequestHeaders.Authorization = new("Bearer", data.GetProperty("attributes").GetProperty("access_token").GetString());
            organization = data.GetProperty("relationships").GetProperty("organization").GetProperty("data").GetProperty("id").GetString()!;
        }

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
