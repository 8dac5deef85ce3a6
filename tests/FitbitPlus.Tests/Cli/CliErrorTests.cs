namespace FitbitPlus.Tests.Cli;

public sealed class CliErrorTests
{
    [TestCase("export")]
    [TestCase("count")]
    public async Task UnknownType_ExitsTwoListingKnownTypes(string command)
    {
        var run = await CliRun.RunAsync(CliMock.Args(command, "patients"));

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.StartWith("fitbitplus: error: unknown type 'patients'").And.Contain("patient, ").And.Contain("calendar_event"));
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task WrongSecret_ExitsOneWithoutShowingEitherSecret()
    {
        const string wrong = "wrong-secret-9d8e7f";
        var run = await CliRun.RunAsync([
            "export", "patient", "--base-url", CliMock.Server.BaseAddress.ToString(), "--client-id", CliMock.Server.ClientId, "--client-secret", wrong]);

        run.AssertNotShown(wrong).AssertNotShown(CliMock.Secret);
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Stderr, Does.StartWith("fitbitplus: error: "));
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Stdout, Is.Empty);
    }

    [Test]
    public async Task CredentialsFromEnvironment_AreUsedAndNeverShown()
    {
        var environment = new Dictionary<string, string?>
        {
            ["FITBITPLUS_BASE_URL"] = CliMock.Server.BaseAddress.ToString(),
            ["FITBITPLUS_CLIENT_ID"] = CliMock.Server.ClientId,
            ["FITBITPLUS_CLIENT_SECRET"] = CliMock.Secret,
        };

        var count = (await CliRun.RunAsync(["count", "patient"], environment)).AssertNotShown(CliMock.Secret);
        var help = (await CliRun.RunAsync(["export", "--help"], environment)).AssertNotShown(CliMock.Secret);

        Assert.That(count.ExitCode, Is.EqualTo(0), count.ToString());
        Assert.That(count.Stdout.Trim(), Is.EqualTo(CliMock.Patients.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(count.Stderr, Does.Not.Contain("embedded mock"));
        Assert.That(help.ExitCode, Is.EqualTo(0));
        Assert.That(help.Stdout, Does.Contain("--client-secret").And.Contain("--include"));
    }

    [TestCase("export", "patient", "--filter", "organization")]
    [TestCase("export", "patient", "--filter", "=x")]
    [TestCase("export", "patient", "--filter", "groups=a", "--filter", "filter[groups]=b")]
    [TestCase("export", "patient", "--include", "groups")]
    [TestCase("export", "patient", "--format", "xml")]
    [TestCase("export", "patient", "--page-size", "0")]
    [TestCase("export", "patient.groups")]
    [TestCase("export", "patient", "--parent", "p1")]
    [TestCase("get", "patient")]
    [TestCase("get", "th!ng", "x1")]
    [TestCase("get", "reward", "r000001", "--include", "patient")]
    [TestCase("frobnicate")]
    public async Task BadCommandLine_ExitsTwoWithOneErrorLine(params string[] args)
    {
        var run = await CliRun.RunAsync(CliMock.Args(args));

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.StartWith("fitbitplus: error: "));
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1), run.Stderr);
        Assert.That(run.Stdout, Is.Empty);
    }

    [Test]
    public async Task BaseUrlWithoutSecret_ExitsTwoNamingTheMissingOption()
    {
        var run = await CliRun.RunAsync(["count", "patient", "--base-url", CliMock.Server.BaseAddress.ToString(), "--client-id", "x"]);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("--client-secret (or FITBITPLUS_CLIENT_SECRET) is required"));
    }

    [Test]
    public async Task PlainHttpToARemoteHost_ExitsTwoBeforeSendingTheSecret()
    {
        var run = (await CliRun.RunAsync(["count", "patient", "--base-url", "http://example.com/pub/", "--client-id", "x", "--client-secret", CliMock.Secret]))
            .AssertNotShown(CliMock.Secret);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("https"));
    }
}
