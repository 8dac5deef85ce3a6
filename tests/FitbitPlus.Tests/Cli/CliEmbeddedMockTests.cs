using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Cli;

public sealed class CliEmbeddedMockTests
{
    [Test]
    public async Task Export_MockOption_UsesTheEmbeddedMockAndSaysSo()
    {
        var run = await CliRun.RunAsync(["export", "patient", "--mock", "--mock-patients", "30"], new Dictionary<string, string?> { ["FITBITPLUS_CLIENT_SECRET"] = " " });

        var stderr = run.Stderr.TrimEnd().Split(Environment.NewLine);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(stderr[0], Does.Match(@"^fitbitplus: using the embedded mock server at http://127\.0\.0\.1:\d+/pub/ with fake seed data \(--mock\)$"));
        Assert.That(stderr[^1], Is.EqualTo("exported 30 of 30 patient"));
        Assert.That(run.StdoutLines, Has.Length.EqualTo(30));
        Assert.That(run.StdoutLines.Select(l => (string?)JObject.Parse(l)["id"]), Is.Unique);
        run.AssertNotShown(new FitbitPlus.Mock.MockServerOptions().ClientSecret);
    }

    [TestCase("1")]
    [TestCase("true")]
    public async Task Count_MockEnvironmentVariable_UsesTheEmbeddedMock(string value)
    {
        var run = await CliRun.RunAsync(["count", "patient", "--mock-patients", "12"], new Dictionary<string, string?> { ["FITBITPLUS_MOCK"] = value });

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout.Trim(), Is.EqualTo("12"));
        Assert.That(run.Stderr, Does.Contain("embedded mock server"));
    }

    [TestCase("export", "patient")]
    [TestCase("count", "patient")]
    [TestCase("get", "patient", "p1")]
    public async Task AnyCommand_NoCredentialsAndNoMock_ExitsTwoNamingTheThreeWaysToConfigure(params string[] args)
    {
        // A scheduled job whose secrets failed to load must fail, not export fake patients.
        var run = await CliRun.RunAsync(args, new Dictionary<string, string?> { ["FITBITPLUS_CLIENT_SECRET"] = " ", ["FITBITPLUS_MOCK"] = "0" });

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stdout, Is.Empty);
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1), run.Stderr);
        Assert.That(run.Stderr, Does.StartWith("fitbitplus: error: no API credentials given")
            .And.Contain("--client-id").And.Contain("--client-secret")
            .And.Contain("FITBITPLUS_CLIENT_ID").And.Contain("FITBITPLUS_CLIENT_SECRET")
            .And.Contain("--mock").And.Contain("FITBITPLUS_MOCK=1"));
        Assert.That(run.Stderr, Does.Not.Contain("embedded mock server at"));
    }

    [Test]
    public async Task Export_MockTogetherWithCredentials_ExitsTwo()
    {
        var run = await CliRun.RunAsync(CliMock.Args("export", "patient", "--mock"));

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("cannot be combined"));
        Assert.That(run.Stdout, Is.Empty);
    }
}
