using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FitbitPlus.Benchmarks.MockThroughput;

/// <summary>
/// <c>--mock-throughput [--seconds 5] [--patients 1000] [--mock-dll path]</c>: starts the standalone mock, measures
/// <c>GET patient?page[limit]=50</c> requests per second with one and four concurrent clients (a bounded loop on
/// 127.0.0.1), then the same against a static WireMock stub (a child process of this program) that returns the mock's
/// own bytes for that request, and prints the ratio.
/// </summary>
internal static class MockThroughputCommand
{
    public const string Switch = "--mock-throughput";
    private const string ClientId = "bench-client";
    private const string ClientSecret = "bench-secret";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = CommandLine.Option(args, "--seconds", 5);
        var patients = CommandLine.Option(args, "--patients", 1000);
        var mockDll = CommandLine.OptionText(args, "--mock-dll") ?? Path.Combine("src", "FitbitPlus.Mock", "bin", "Release", "net10.0", "FitbitPlus.Mock.dll");
        Console.WriteLine($"Mock throughput: GET patient?page[limit]=50, {seconds} s per cell after a 3 s warm-up, {patients} patients seeded; load average {CommandLine.LoadAverage()}.");

        var mockPort = FreePort.Next();
        using var mock = ChildProcess.Start("dotnet", [mockDll, "--port", mockPort.ToString(CultureInfo.InvariantCulture), "--patients", patients.ToString(CultureInfo.InvariantCulture), "--client-id", ClientId, "--client-secret", ClientSecret], "listening");
        var mockBase = new Uri($"http://127.0.0.1:{mockPort}/pub/");
        var (token, organization) = await TokenAsync(mockBase).ConfigureAwait(false);
        var path = $"patient?filter%5Borganization%5D={organization}&page%5Blimit%5D=50";
        byte[] body;
        using (var http = new HttpClient { BaseAddress = mockBase })
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", token);
            body = await http.GetByteArrayAsync(path).ConfigureAwait(false);
        }

        var bodyFile = Path.GetTempFileName();
        await File.WriteAllBytesAsync(bodyFile, body).ConfigureAwait(false);
        var stubPort = FreePort.Next();
        using var stub = ChildProcess.Start(Environment.ProcessPath!, [.. CommandLine.Self, StaticStubChild.Switch, stubPort.ToString(CultureInfo.InvariantCulture), bodyFile], "listening");
        var stubBase = new Uri($"http://127.0.0.1:{stubPort}/pub/");

        Console.WriteLine($"Body: {body.Length:N0} bytes.");
        Console.WriteLine();
        Console.WriteLine("| Clients | Mock (requests/s) | Static stub (requests/s) | Mock ÷ stub |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var clients in new[] { 1, 4 })
        {
            var onMock = await LoadLoop.RunAsync(mockBase, path, token, clients, TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
            var onStub = await LoadLoop.RunAsync(stubBase, path, token, clients, TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {clients} | {onMock:F0} | {onStub:F0} | {onMock / onStub:F2} |"));
        }

        Console.WriteLine();
        Console.WriteLine($"Load average at the end: {CommandLine.LoadAverage()}.");
        File.Delete(bodyFile);
        return 0;
    }

    /// <summary>One client-credentials token from the mock, with the organization it names.</summary>
    internal static async Task<(string Token, string Organization)> TokenAsync(Uri baseAddress, string clientId = ClientId, string clientSecret = ClientSecret)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        var request = JsonSerializer.Serialize(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = clientSecret });
        using var response = await http.PostAsync("oauth/token", new StringContent(request, Encoding.UTF8, "application/json")).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        var data = document.RootElement.GetProperty("data");
        return (data.GetProperty("attributes").GetProperty("access_token").GetString()!,
            data.GetProperty("relationships").GetProperty("organization").GetProperty("data").GetProperty("id").GetString()!);
    }
}
