using FitbitPlus.Mock;
using FitbitPlus.Mock.Hosting;

namespace FitbitPlus.Tests.Mock;

public class CommandLineOptionsTests
{
    [Test]
    public void Parse_AllDocumentedArguments_SetsOptions()
    {
        var options = CommandLineOptions.Parse(
            ["--port", "5080", "--patients", "500", "--token-lifetime", "60", "--fault-rate", "0.1", "--latency-ms", "25", "--client-id", "a", "--client-secret", "b", "--admin"],
            out var help);

        Assert.That(help, Is.False);
        Assert.That(options.Port, Is.EqualTo(5080));
        Assert.That(options.PatientCount, Is.EqualTo(500));
        Assert.That(options.TokenLifetime, Is.EqualTo(TimeSpan.FromSeconds(60)));
        Assert.That(options.FaultRate, Is.EqualTo(0.1));
        Assert.That(options.Latency, Is.EqualTo(TimeSpan.FromMilliseconds(25)));
        Assert.That(options.ClientId, Is.EqualTo("a"));
        Assert.That(options.ClientSecret, Is.EqualTo("b"));
        Assert.That(options.EnableAdminInterface, Is.True);
    }

    [Test]
    public void Parse_RequestLog_SetsTheLogSizeAndDefaultsTo100()
    {
        Assert.That(CommandLineOptions.Parse([], out _).MaxRequestLogCount, Is.EqualTo(100));
        Assert.That(CommandLineOptions.Parse(["--request-log", "50000"], out _).MaxRequestLogCount, Is.EqualTo(50000));
        Assert.Throws<FormatException>(() => CommandLineOptions.Parse(["--request-log", "all"], out _));
    }

    [Test]
    public void Parse_PatientsOnly_SeedsNoRecordsWhileTheDefaultSeedsThem()
    {
        Assert.That(CommandLineOptions.Parse([], out _).SeedPatientRecords, Is.True);
        Assert.That(CommandLineOptions.Parse(["--patients", "200000", "--patients-only"], out _).SeedPatientRecords, Is.False);
    }

    [TestCase("--port", "abc")]
    [TestCase("--patients")]
    [TestCase("--verbose")]
    public void Parse_BadArguments_ThrowsFormatExceptionNamingThem(params string[] args)
    {
        Assert.That(() => CommandLineOptions.Parse(args, out _), Throws.InstanceOf<FormatException>().With.Message.Contains(args[0]).Or.Message.Contains(args[^1]));
    }

    [TestCase("organization", TokenScopeShape.Organization)]
    [TestCase("groups-only", TokenScopeShape.GroupsOnly)]
    public void Parse_TokenScope_SetsTheShape(string value, TokenScopeShape expected)
    {
        var options = CommandLineOptions.Parse(["--token-scope", value], out _);

        Assert.That(options.TokenScopeShape, Is.EqualTo(expected));
    }

    [Test]
    public void Parse_NoTokenScope_DefaultsToOrganization()
    {
        Assert.That(CommandLineOptions.Parse([], out _).TokenScopeShape, Is.EqualTo(TokenScopeShape.Organization));
    }

    [Test]
    public void Parse_UnknownTokenScope_ThrowsFormatExceptionNamingTheChoices()
    {
        Assert.That(() => CommandLineOptions.Parse(["--token-scope", "org"], out _),
            Throws.InstanceOf<FormatException>().With.Message.Contains("groups-only").And.Message.Contains("'org'"));
    }
}
