using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Cli;

/// <summary><c>fitbitplus export --parallel</c>: the same resources as a sequential export, each once, in every output shape.</summary>
public sealed class CliParallelExportTests
{
    [Test]
    public async Task ExportParallel_PatientsAsJsonLines_EveryIdOnceAndTheWholeCountReported()
    {
        var run = (await CliRun.RunAsync(CliMock.Args("export", "patient", "--parallel", "4", "--page-size", "10"))).AssertNotShown(CliMock.Secret);

        var ids = run.StdoutLines.Select(l => (string?)JObject.Parse(l)["id"]).ToList();
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.EquivalentTo(CliMock.Server.Store.PatientIds));
        Assert.That(run.Stderr, Does.Contain($"exported {CliMock.Patients} of {CliMock.Patients} patient"));
        Assert.That(run.Stderr, Does.Not.Contain("sequentially"));
    }

    [Test]
    public async Task ExportParallel_CalendarEventsWithIncludeAsCsv_EveryEventOnceWithItsOwner()
    {
        var run = await CliRun.RunAsync(CliMock.Args("export", "calendar_event", "--parallel", "3", "--format", "csv", "--include", "owner", "--page-size", "20"));

        var rows = CsvText.Parse(run.Stdout);
        var header = rows[0];
        var ids = rows.Skip(1).Select(r => r[Array.IndexOf(header, "id")]).ToList();
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.EquivalentTo(CliMock.Server.Store.Ids("calendar_event")));
        Assert.That(rows.Skip(1).Select(r => r[Array.IndexOf(header, "owner.id")]), Is.All.Not.Empty);
    }

    [Test]
    public async Task ExportParallel_TypeWithoutUpdatedAtFilter_SaysItExportsSequentially()
    {
        var run = await CliRun.RunAsync(CliMock.Args("export", "coach", "--parallel", "4"));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.StdoutLines, Has.Length.EqualTo(CliMock.Server.Store.Ids("coach").Count()));
        Assert.That(run.Stderr, Does.Contain("exporting sequentially: the collection takes no filter[updated_at]"));
    }

    [Test]
    public async Task ExportParallel_Zero_UsageError()
    {
        var run = await CliRun.RunAsync(CliMock.Args("export", "patient", "--parallel", "0"));

        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.Stderr, Does.Contain("--parallel must be between 1 and 32"));
    }
}
