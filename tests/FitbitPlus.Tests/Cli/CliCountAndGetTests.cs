using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Cli;

public sealed class CliCountAndGetTests
{
    [TestCase("patient")]
    [TestCase("calendar_event")]
    public async Task Count_Type_PrintsTheCollectionSize(string type)
    {
        var run = (await CliRun.RunAsync(CliMock.Args("count", type))).AssertNotShown(CliMock.Secret);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Is.EqualTo(CliMock.Server.Store.Count(type) + Environment.NewLine));
    }

    [Test]
    public async Task Count_NestedTypeWithParent_CountsTheParentsChildren()
    {
        var patient = CliMock.Server.Store.PatientIds[0];
        var expected = ((JArray)CliMock.Server.Store.Find("patient", patient)!["relationships"]!["groups"]!["data"]!).Count;

        var run = await CliRun.RunAsync(CliMock.Args("count", "patient.groups", "--parent", patient));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout.Trim(), Is.EqualTo(expected.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task Get_Patient_PrintsTheResourceAsExportDoes()
    {
        var id = CliMock.Server.Store.PatientIds[3];
        var stored = CliMock.Server.Store.Find("patient", id)!;

        var run = (await CliRun.RunAsync(CliMock.Args("get", "patient", id))).AssertNotShown(CliMock.Secret);
        var exported = (await CliRun.RunAsync(CliMock.Args("export", "patient"))).StdoutLines.Select(JObject.Parse).Single(l => (string?)l["id"] == id);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.StdoutLines, Has.Length.EqualTo(1), "one compact line, like an export line");
        var resource = JObject.Parse(run.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That((string?)resource["type"], Is.EqualTo("patient"));
            Assert.That((string?)resource["id"], Is.EqualTo(id));
            Assert.That((string?)resource["attributes"]?["first_name"], Is.EqualTo((string?)stored["attributes"]!["first_name"]));
            Assert.That(JToken.DeepEquals(resource["attributes"], exported["attributes"]), Is.True, "attributes as export shows them");
            Assert.That(JToken.DeepEquals(resource["relationships"], exported["relationships"]), Is.True, "relationships as export shows them");
        });
    }

    [Test]
    public async Task Get_WithInclude_InlinesTheRelatedResourcesAsExportDoes()
    {
        var id = CliMock.Server.Store.Ids("health_profile")[0];
        var patient = (string?)CliMock.Server.Store.Find("health_profile", id)!["relationships"]!["patient"]!["data"]!["id"];

        var run = await CliRun.RunAsync(CliMock.Args("get", "health_profile", id, "--include", "patient"));

        var included = JObject.Parse(run.Stdout)["included"];
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That((string?)included?["patient"]?["id"], Is.EqualTo(patient));
        Assert.That((string?)included?["patient"]?["type"], Is.EqualTo("patient"));
    }

    [Test]
    public async Task Get_FormatCsv_PrintsHeaderAndOneRow()
    {
        var id = CliMock.Server.Store.PatientIds[2];

        var run = await CliRun.RunAsync(CliMock.Args("get", "patient", id, "--format", "csv"));

        var records = CsvText.Parse(run.Stdout);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(records, Has.Count.EqualTo(2));
        Assert.That(records[1][0], Is.EqualTo(id));
        Assert.That(records[0], Does.Contain("first_name"));
    }

    [TestCase("result")]
    [TestCase("patient_health_result")]
    public async Task Get_PatientHealthResultByEitherName_UsesTheResultPath(string type)
    {
        var id = CliMock.Server.Store.Ids("result")[0];

        var run = await CliRun.RunAsync(CliMock.Args("get", type, id));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That((string?)JObject.Parse(run.Stdout)["id"], Is.EqualTo(id));
    }

    [Test]
    public async Task Get_PatientWithIncludeGroups_PrintsTheIncludedGroups()
    {
        var id = CliMock.Server.Store.Ids("patient")[0];
        var group = (string?)CliMock.Server.Store.Find("patient", id)!["relationships"]!["groups"]!["data"]![0]!["id"];

        var run = await CliRun.RunAsync(CliMock.Args("get", "patient", id, "--include", "groups"));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        // get prints the resource as export does: the included groups inlined under "included".
        var groups = JObject.Parse(run.Stdout)["included"]?["groups"] as JArray;
        Assert.That(groups?.Select(g => (string?)g["id"]), Does.Contain(group));
    }

    [Test]
    public async Task Get_MissingId_ExitsOneWithTheApiError()
    {
        var run = (await CliRun.RunAsync(CliMock.Args("get", "patient", "no-such-patient"))).AssertNotShown(CliMock.Secret);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Stderr, Does.StartWith("fitbitplus: error: ").And.Contain("404"));
        Assert.That(run.Stdout, Is.Empty);
    }
}
