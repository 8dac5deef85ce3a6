namespace FitbitPlus.Tests.Cli;

public sealed class CliCsvColumnsTests
{
    [Test]
    public async Task Export_CsvWithColumns_WritesThoseColumnsInThatOrder()
    {
        var run = (await CliRun.RunAsync(CliMock.Args("export", "patient", "--format", "csv", "--columns", "last_name,id,addresses[0].city"))).AssertNotShown(CliMock.Secret);

        var records = CsvText.Parse(run.Stdout);
        var stored = CliMock.Server.Store.Find("patient", records[1][1])!;
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(records[0], Is.EqualTo(new[] { "last_name", "id", "addresses[0].city" }));
        Assert.That(records, Has.Count.EqualTo(CliMock.Patients + 1));
        Assert.That(records[1][0], Is.EqualTo((string?)stored["attributes"]!["last_name"]));
    }

    [Test]
    public async Task Export_ColumnsWithJsonLines_ExitsTwo()
    {
        var run = await CliRun.RunAsync(CliMock.Args("export", "patient", "--columns", "id"));

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("--columns applies only to --format csv"));
    }

    [TestCase("id,,last_name")]
    [TestCase("id,id")]
    public async Task Export_BadColumns_ExitsTwo(string columns)
    {
        var run = await CliRun.RunAsync(CliMock.Args("export", "patient", "--format", "csv", "--columns", columns));

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stdout, Is.Empty);
    }
}
