using System.CommandLine;
using FitbitPlus.Cli;
using FitbitPlus.Tests.Http;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace FitbitPlus.Tests.Cli;

/// <summary>The CLI against servers that misbehave, and failures nobody anticipated (issue 14).</summary>
public class CliHostileServerTests
{
    private const string Secret = "hostile-secret-91ac";

    [Test]
    public async Task Count_TokenWithCrLf_ExitsOneWithOneClearLine()
    {
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        server.Given(Request.Create().WithPath("/pub/oauth/token").UsingPost()).RespondWith(Response.Create().WithStatusCode(201)
            .WithHeader("Content-Type", ClientHarness.JsonApi)
            .WithBody(ClientHarness.TokenDocument("abc\\r\\ndef", "refresh-1", 3600)));

        var run = await CliRun.RunAsync(["count", "patient", "--base-url", $"http://127.0.0.1:{server.Ports[0]}/pub/", "--client-id", "id", "--client-secret", Secret]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failure), run.ToString());
        Assert.That(run.Stderr.TrimEnd('\n', '\r').Split('\n'), Has.Length.EqualTo(1), run.ToString());
        Assert.That(run.Stderr, Does.Contain("access_token").And.Contain("control character").And.Not.Contain(" at "));
        run.AssertNotShown(Secret);
        Assert.That(server.LogEntries.Count(e => e.RequestMessage?.Path != "/pub/oauth/token"), Is.Zero, "no API call with the bad token");
    }

    [Test]
    public async Task Count_TokenEndpointRedirectsToAnotherOrigin_SecretNeverSentThere()
    {
        using var api = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        using var other = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        api.Given(Request.Create().WithPath("/pub/oauth/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(307).WithHeader("Location", $"http://127.0.0.1:{other.Ports[0]}/pub/oauth/token"));

        var run = await CliRun.RunAsync(["count", "patient", "--base-url", $"http://127.0.0.1:{api.Ports[0]}/pub/", "--client-id", "id", "--client-secret", Secret]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failure), run.ToString());
        Assert.That(run.Stderr.TrimEnd('\n', '\r').Split('\n'), Has.Length.EqualTo(1), run.ToString());
        Assert.That(run.Stderr, Does.Contain("307").And.Contain($"127.0.0.1:{other.Ports[0]}"));
        run.AssertNotShown(Secret);
        Assert.That(other.LogEntries, Is.Empty, "the other origin must receive nothing");
    }

    [Test]
    public async Task Run_UnexpectedException_ExitsOneWithOneLineAndNoStackTrace()
    {
        var (code, stderr) = await RunThrowingAsync(["boom"]);

        Assert.That(code, Is.EqualTo(ExitCodes.Failure));
        Assert.That(stderr.TrimEnd('\n', '\r').Split('\n'), Has.Length.EqualTo(1), stderr);
        Assert.That(stderr, Does.Contain("kaput").And.Contain("--verbose").And.Not.Contain(" at "));
    }

    [Test]
    public async Task Run_UnexpectedExceptionWithVerbose_AlsoPrintsTheStackTrace()
    {
        var (code, stderr) = await RunThrowingAsync(["boom", "--verbose"]);

        Assert.That(code, Is.EqualTo(ExitCodes.Failure));
        Assert.That(stderr, Does.Contain("kaput").And.Contain(" at ").And.Contain(nameof(InvalidOperationException)));
    }

    private static async Task<(int Code, string Stderr)> RunThrowingAsync(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, new Dictionary<string, string?>(), stderrIsTerminal: false, TimeProvider.System);
        var code = await CliApp.RunAsync(args, context, c =>
        {
            var root = FitbitPlus.Cli.Commands.CliCommands.Build(c);
            var boom = new Command("boom");
            boom.SetAction((_, _) => Throw());
            root.Subcommands.Add(boom);
            return root;
        }, CancellationToken.None);
        return (code, stderr.ToString());
    }

    private static async Task<int> Throw()
    {
        await Task.Yield();
        throw new InvalidOperationException("kaput");
    }
}
