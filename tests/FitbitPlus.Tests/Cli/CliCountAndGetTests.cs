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
    public async Task Get_Patient_PrintsTheResourceDocument()
    {
        var id = CliMock.Server.Store.PatientIds[3];
        var stored = CliMock.Server.Store.Find("patient", id)!;

        var run = (await CliRun.RunAsync(CliMock.Args("get", "patient", id))).AssertNotShown(CliMock.Secret);

        var document = JObject.Parse(run.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            Assert.That((string?)document["data"]?["type"], Is.EqualTo("patient"));
            Assert.That((string?)document["data"]?["id"], Is.EqualTo(id));
            Assert.That((string?)document["data"]?["attributes"]?["first_name"], Is.EqualTo((string?)stored["attributes"]!["first_name"]));
            Assert.That((string?)document["data"]?["relationships"]?["groups"]?["data"]?[0]?["id"], Is.EqualTo((string?)stored["relationships"]!["groups"]!["data"]![0]!["id"]));
        });
    }

    [Test]
    public async Task Get_WithInclude_PrintsTheIncludedResources()
    {
        var id = CliMock.Server.Store.Ids("health_profile")[0];
        var patient = (string?)CliMock.Server.Store.Find("health_profile", id)!["relationships"]!["patient"]!["data"]!["id"];

        var run = await CliRun.RunAsync(CliMock.Args("get", "health_profile", id, "--include", "patient"));

        var included = (JArray?)JObject.Parse(run.Stdout)["included"];
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(included?.Select(r => $"{r["type"]}/{r["id"]}"), Does.Contain($"patient/{patient}"));
    }

    [Test]
    public async Task Get_PatientWithIncludeGroups_PrintsTheIncludedGroups()
    {
        var id = CliMock.Server.Store.Ids("patient")[0];
        var group = (string?)CliMock.Server.Store.Find("patient", id)!["relationships"]!["groups"]!["data"]![0]!["id"];

        var run = await CliRun.RunAsync(CliMock.Args("get", "patient", id, "--include", "groups"));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var included = (JArray?)JObject.Parse(run.Stdout)["included"];
        Assert.That(included?.Select(r => $"{r["type"]}/{r["id"]}"), Does.Contain($"group/{group}"));
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
