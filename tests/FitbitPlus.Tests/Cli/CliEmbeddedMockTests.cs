using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Cli;

public sealed class CliEmbeddedMockTests
{
    [Test]
    public async Task Export_NoCredentials_UsesTheEmbeddedMockAndSaysSo()
    {
        var run = await CliRun.RunAsync(["export", "patient", "--mock-patients", "30"], new Dictionary<string, string?> { ["FITBITPLUS_CLIENT_SECRET"] = " " });

        var stderr = run.Stderr.TrimEnd().Split(Environment.NewLine);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(stderr[0], Does.Match(@"^fitbitplus: no credentials given; using the embedded mock server at http://127\.0\.0\.1:\d+/pub/ with seed data$"));
        Assert.That(stderr[^1], Is.EqualTo("exported 30 of 30 patient"));
        Assert.That(run.StdoutLines, Has.Length.EqualTo(30));
        Assert.That(run.StdoutLines.Select(l => (string?)JObject.Parse(l)["id"]), Is.Unique);
        run.AssertNotShown(new FitbitPlus.Mock.MockServerOptions().ClientSecret);
    }
}
