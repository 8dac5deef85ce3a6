using System.Globalization;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace FitbitPlus.Benchmarks.MockThroughput;

/// <summary>
/// <c>--static-stub-child PORT BODYFILE</c>: a WireMock server with one static mapping answering every GET with the
/// file's bytes (the mock's own answer), with the mock's request-log size and no logging; runs until stdin closes.
/// </summary>
internal static class StaticStubChild
{
    public const string Switch = "--static-stub-child";

    public static int Run(string[] args)
    {
        var port = int.Parse(args[1], CultureInfo.InvariantCulture);
        var body = File.ReadAllBytes(args[2]);
        using var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"http://127.0.0.1:{port}"],
            MaxRequestLogCount = 100,
            Logger = new WireMock.Logging.WireMockNullLogger(),
        });
        server.Given(Request.Create().UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/vnd.api+json").WithBody(body));
        Console.WriteLine($"static stub listening on {port}");
        Console.In.ReadToEnd();
        return 0;
    }
}
