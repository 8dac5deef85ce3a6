using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Cli;

public sealed class CliExportTests
{
    [Test]
    public async Task Export_PatientsAsJsonLines_OneObjectPerResourceMatchingMetaCount()
    {
        var run = (await CliRun.RunAsync(CliMock.Args("export", "patient", "--page-size", "25"))).AssertNotShown(CliMock.Secret);

        var count = await CountAsync("patient");
        var lines = run.StdoutLines.Select(JObject.Parse).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            Assert.That(count, Is.EqualTo(CliMock.Patients));
            Assert.That(lines, Has.Count.EqualTo(count));
            Assert.That(lines.Select(l => (string?)l["type"]), Is.All.EqualTo("patient"));
            Assert.That(lines.Select(l => (string?)l["id"]), Is.All.Not.Null.And.Not.Empty);
            Assert.That(lines.Select(l => (string?)l["id"]), Is.Unique);
            Assert.That(lines.Select(l => (string?)l["id"]), Is.EquivalentTo(CliMock.Server.Store.PatientIds));
            Assert.That(run.Stderr, Does.Contain($"exported {count} of {count} patient"));
        });
    }

    [Test]
    public async Task Export_WithIncludeOwner_EachLineCarriesTheResolvedOwner()
    {
        var run = (await CliRun.RunAsync(CliMock.Args("export", "calendar_event", "--include", "owner", "--page-size", "40"))).AssertNotShown(CliMock.Secret);

        var lines = run.StdoutLines.Select(JObject.Parse).ToList();
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(lines, Has.Count.EqualTo(await CountAsync("calendar_event")).And.Count.GreaterThan(40));
        Assert.That(lines.Select(l => (string?)l["relationships"]?["owner"]?["data"]?["type"]).Distinct(), Is.EquivalentTo(new[] { "patient", "coach" }));
        foreach (var line in lines)
        {
            var owner = line["relationships"]!["owner"]!["data"]!;
            var resolved = line["included"]?["owner"] as JObject;
            Assert.That(resolved, Is.Not.Null, $"{line["id"]} has no included.owner");
            Assert.That((string?)resolved!["type"], Is.EqualTo((string?)owner["type"]));
            Assert.That((string?)resolved["id"], Is.EqualTo((string?)owner["id"]));
            Assert.That((string?)resolved["attributes"]?["last_name"], Is.Not.Null.And.Not.Empty, $"{line["id"]}: owner without attributes");
        }

        Assert.That(run.Stderr, Does.Not.Contain("warning"));
    }

    [Test]
    public async Task Export_WithToManyInclude_LinesCarryEveryRelatedResourceAsAnArray()
    {
        var run = await CliRun.RunAsync(CliMock.Args("export", "health_profile", "--include", "questions"));

        var lines = run.StdoutLines.Select(JObject.Parse).ToList();
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(lines, Has.Count.EqualTo(CliMock.Server.Store.Count("health_profile")));
        foreach (var line in lines)
        {
            var wanted = line["relationships"]!["questions"]!["data"]!.Select(d => (string?)d["id"]).ToList();
            var resolved = (JArray)line["included"]!["questions"]!;
            Assert.That(wanted, Is.Not.Empty);
            Assert.That(resolved.Select(r => (string?)r["id"]), Is.EqualTo(wanted));
            Assert.That(resolved.Select(r => (string?)r["type"]), Is.All.EqualTo("health_profile_question"));
        }
    }

    [Test]
    public async Task Export_Csv_HeaderThenOneRowPerResource()
    {
        var run = (await CliRun.RunAsync(CliMock.Args("export", "patient", "--format", "csv", "--page-size", "50"))).AssertNotShown(CliMock.Secret);

        var records = CsvText.Parse(run.Stdout);
        var header = records[0];
        var rows = records.Skip(1).ToList();
        var lastName = Array.IndexOf(header, "last_name");
        var expected = CliMock.Server.Store.Find("patient", rows[7][0])!;
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            Assert.That(header.Take(2), Is.EqualTo(new[] { "id", "type" }));
            Assert.That(header, Does.Contain("first_name").And.Contain("addresses[0].city").And.Contain("archived"));
            Assert.That(header[^1], Is.EqualTo("extra_json"));
            Assert.That(header, Is.Unique);
            Assert.That(rows, Has.Count.EqualTo(CliMock.Patients));
            Assert.That(rows.Select(r => r.Length), Is.All.EqualTo(header.Length));
            Assert.That(rows.Select(r => r[1]), Is.All.EqualTo("patient"));
            Assert.That(rows[7][lastName], Is.EqualTo((string?)expected["attributes"]!["last_name"]));
            // Nested values are flattened into one column per leaf.
            Assert.That(rows[7][Array.IndexOf(header, "addresses[0].city")], Is.EqualTo((string?)expected["attributes"]!["addresses"]![0]!["city"]));
            Assert.That(run.Stderr, Does.Contain($"exported {CliMock.Patients} of {CliMock.Patients} patient"));
        });
    }

    [Test]
    public async Task Export_CsvOfTypeWithTypeAttribute_KeepsResourceTypeColumnDistinct()
    {
        var run = await CliRun.RunAsync(CliMock.Args("export", "calendar_event", "--format", "csv", "--include", "owner"));

        var header = CsvText.Parse(run.Stdout)[0];
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(header.Take(2), Is.EqualTo(new[] { "id", "type" }));
        Assert.That(header, Does.Contain("attributes.type"));
        Assert.That(header.Count(h => h == "type"), Is.EqualTo(1));
        Assert.That(header, Does.Contain("owner.id").And.Contain("owner.type"));
        Assert.That(header[^1], Is.EqualTo("extra_json"));
    }

    [Test]
    public async Task Export_OutFile_WritesTheFileAndNothingToStdout()
    {
        var directory = Directory.CreateTempSubdirectory("fitbitplus-cli-");
        try
        {
            var path = Path.Combine(directory.FullName, "patients.jsonl");
            var run = await CliRun.RunAsync(CliMock.Args("export", "patient", "--out", path));

            var lines = await File.ReadAllLinesAsync(path);
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(lines, Has.Length.EqualTo(CliMock.Patients));
            Assert.That(lines.Select(l => (string?)JObject.Parse(l)["id"]), Is.Unique);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [TestCase("organization")]
    [TestCase("filter[organization]")]
    public async Task Export_FilterInEitherSpelling_IsSentAsFilterParameter(string name)
    {
        var matching = await CliRun.RunAsync(CliMock.Args("export", "patient", "--filter", $"{name}={CliMock.Server.Store.OrganizationId}"));
        var other = await CliRun.RunAsync(CliMock.Args("export", "patient", "--filter", $"{name}=some-other-organization"));

        Assert.That(matching.StdoutLines, Has.Length.EqualTo(CliMock.Patients), matching.ToString());
        Assert.That(other.StdoutLines, Is.Empty, other.ToString());
        Assert.That(other.Stderr, Does.Contain("exported 0 of 0 patient"));
    }

    [Test]
    public async Task Export_StderrNotATerminal_OnlyTheCompletenessLine()
    {
        var run = await CliRun.RunAsync(CliMock.Args("export", "patient", "--page-size", "10"));

        Assert.That(run.Stderr.Trim(), Is.EqualTo($"exported {CliMock.Patients} of {CliMock.Patients} patient"));
    }

    private static async Task<int> CountAsync(string type)
    {
        var run = await CliRun.RunAsync(CliMock.Args("count", type));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        return int.Parse(run.Stdout.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
