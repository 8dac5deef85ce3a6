using System.Diagnostics;
using System.Net;

namespace FitbitPlus.Benchmarks.MockThroughput;

/// <summary>A bounded closed loop: N clients each send the next request as soon as the last answer was read.</summary>
internal static class LoadLoop
{
    /// <summary>Requests per second over <paramref name="duration"/>, after a three-second warm-up (the servers are fresh processes: tiered JIT); every answer must be 200.</summary>
    public static async Task<double> RunAsync(Uri baseAddress, string path, string token, int clients, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseProxy = false };
        using var http = new HttpClient(handler) { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        await LoopAsync(http, path, clients, TimeSpan.FromSeconds(3)).ConfigureAwait(false);
        var stopwatch = Stopwatch.StartNew();
        var count = await LoopAsync(http, path, clients, duration).ConfigureAwait(false);
        return count / stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task<long> LoopAsync(HttpClient http, string path, int clients, TimeSpan duration)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var counts = await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            long n = 0;
            while (Stopwatch.GetTimestamp() < end)
            {
                using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"The server answered {(int)response.StatusCode}.");
                }

                n++;
            }

            return n;
        })).ConfigureAwait(false);
        return counts.Sum();
    }
}
