using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FitbitPlus.Tests.Support;

/// <summary>The suite cannot hang and cannot pass by sleeping (issue 14, finding 9).</summary>
public class SuiteHygieneTests
{
    [Test]
    public void TestProject_RunSettings_BoundTheSessionAndEachTest()
    {
        var project = XDocument.Load(Path.Combine(RepositoryPaths.Root, "tests", "FitbitPlus.Tests", "FitbitPlus.Tests.csproj"));
        var path = project.Descendants("RunSettingsFilePath").Single().Value.Replace("$(MSBuildThisFileDirectory)", string.Empty, StringComparison.Ordinal);
        var settings = XDocument.Load(Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "tests", "FitbitPlus.Tests", path)));

        var session = int.Parse(settings.Descendants("TestSessionTimeout").Single().Value);
        var perTest = settings.Descendants("CollectDumpOnTestSessionHang").Single().Attribute("TestTimeout")!.Value;

        Assert.That(session, Is.InRange(60_000, 3_600_000));
        Assert.That(int.Parse(perTest), Is.InRange(10_000, session));
    }

    [Test]
    public void TestSources_NeitherSleepNorMeasureWallClock()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "FitbitPlus.Tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.EndsWith(nameof(SuiteHygieneTests) + ".cs", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => Regex.IsMatch(l.Text, @"Task\.Delay\(|Thread\.Sleep\(|Stopwatch"))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.That(offenders, Is.Empty, "wait on an event (a pending FakeTimeProvider timer, a callback), never on time");
    }
}
