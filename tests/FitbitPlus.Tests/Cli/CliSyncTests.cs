using FitbitPlus.Cli;
using FitbitPlus.Mock;
using FitbitPlus.Tests.Integration;
using FitbitPlus.Tests.Sync;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Cli;

/// <summary>
/// <c>fitbitplus sync</c> in-process against its own mock; the mock's clock is the fake clock the CLI context hands the
/// sync as "now". Each test starts an hour later than the one before, so earlier changes lie outside its overlap window.
/// </summary>
[NonParallelizable]
public sealed class CliSyncTests
{
    private FakeTimeProvider _clock = null!;
    private FitbitPlusMockServer _server = null!;
    private FitbitPlusClient _client = null!;
    private string _folder = null!;

    [OneTimeSetUp]
    public void StartMock()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 25, TimeProvider = _clock });
        _client = new FitbitPlusClient(FacadeFixture.OptionsFor(_server));
    }

    [OneTimeTearDown]
    public void StopMock()
    {
        _client.Dispose();
        _server.Dispose();
    }

    [SetUp]
    public void NewFolderAndHour()
    {
        _folder = Directory.CreateTempSubdirectory("fitbitplus-sync-").FullName;
        _clock.Advance(TimeSpan.FromHours(1));
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Sync_ThreeRuns_EverythingThenExactlyTheFiveChangesThenNothing()
    {
        var state = Path.Combine(_folder, "patient.state.json");
        var output = Path.Combine(_folder, "patients.jsonl");
        var firstAt = _clock.GetUtcNow();

        var first = await RunAsync("sync", "patient", "--state", state, "--out", output, "--page-size", "10");
        var all = Ids(output);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.ToString());
        Assert.That(all, Is.EquivalentTo(_server.Store.Ids("patient")));
        Assert.That(first.Stderr, Does.Contain($"synced {all.Count} patient changed since the beginning; state saved"));
        Assert.That(SyncStateText(state)["watermark"]!.ToString(), Is.EqualTo(Iso(firstAt.AddSeconds(-30))));

        _clock.Advance(TimeSpan.FromMinutes(1));
        var changed = await MockChanges.ThreeUpdatesAndTwoCreatesAsync(_client, _server, "cli");
        _clock.Advance(TimeSpan.FromMinutes(1));

        var second = await RunAsync("sync", "patient", "--state", state, "--out", output, "--page-size", "10");
        var lines = Ids(output);
        Assert.That(second.ExitCode, Is.EqualTo(0), second.ToString());
        Assert.That(lines.Skip(all.Count), Is.EquivalentTo(changed), "exactly the five changes were appended");
        Assert.That(second.Stderr, Does.Contain($"synced 5 patient changed since {Utc(firstAt.AddSeconds(-30))}; state saved"));

        var third = await RunAsync("sync", "patient", "--state", state, "--out", output, "--page-size", "10");
        Assert.That(third.ExitCode, Is.EqualTo(0), third.ToString());
        Assert.That(Ids(output), Has.Count.EqualTo(all.Count + 5), "nothing appended");
        Assert.That(third.Stderr, Does.Contain("synced 0 patient changed since"));
        Assert.That(Directory.GetFiles(_folder), Is.EquivalentTo(new[] { state, output }), "no temporary file left behind");
    }

    [Test]
    public async Task Sync_CancelledInTheMiddleOfTheSecondRun_StateFileUntouchedAndTheRerunPrintsAllFive()
    {
        var state = Path.Combine(_folder, "state.json");
        Assert.That((await RunAsync("sync", "patient", "--state", state, "--out", Path.Combine(_folder, "all.jsonl"))).ExitCode, Is.EqualTo(0));
        var stateBytes = File.ReadAllBytes(state);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var changed = await MockChanges.ThreeUpdatesAndTwoCreatesAsync(_client, _server, "killed");
        _clock.Advance(TimeSpan.FromMinutes(1));

        using var cancellation = new CancellationTokenSource();
        using var stdout = new CancelOnFirstWrite(cancellation);
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(
            Target("sync", "patient", "--state", state, "--page-size", "2"),
            new CliContext(stdout, stderr, new Dictionary<string, string?>(), false, _clock),
            cancellation.Token);

        Assert.That(code, Is.EqualTo(ExitCodes.Cancelled), stderr.ToString());
        Assert.That(stdout.ToString(), Is.Not.Empty, "the run had written changes when it was stopped");
        Assert.That(stderr.ToString(), Does.Contain("state file was left as it was"));
        Assert.That(File.ReadAllBytes(state), Is.EqualTo(stateBytes));

        var rerun = await RunAsync("sync", "patient", "--state", state);
        Assert.That(rerun.ExitCode, Is.EqualTo(0), rerun.ToString());
        Assert.That(rerun.StdoutLines.Select(l => (string?)JObject.Parse(l)["id"]), Is.EquivalentTo(changed));
    }

    [TestCase("{\"version\":1,\"collection\":\"patient\",", "corrupt")]
    [TestCase("{\"version\":7,\"collection\":\"patient\",\"watermark\":\"2026-12-01T10:00:00Z\",\"delivered\":[]}", "version 7")]
    [TestCase("{\"version\":1,\"collection\":\"calendar_event\",\"watermark\":\"2026-12-01T10:00:00Z\",\"delivered\":[]}", "'calendar_event', not of 'patient'")]
    public async Task Sync_UnusableStateFile_Exit2ClearErrorFileUntouchedNothingSent(string content, string reason)
    {
        var state = Path.Combine(_folder, "state.json");
        File.WriteAllText(state, content);
        var written = File.GetLastWriteTimeUtc(state);
        var requests = _server.RequestCount;

        var run = await RunAsync("sync", "patient", "--state", state, "--out", Path.Combine(_folder, "out.jsonl"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.ToString());
        Assert.That(run.Stderr, Does.Contain("state file").And.Contain(reason).And.Contain("left untouched"));
        Assert.That(File.ReadAllText(state), Is.EqualTo(content));
        Assert.That(File.GetLastWriteTimeUtc(state), Is.EqualTo(written));
        Assert.That(_server.RequestCount, Is.EqualTo(requests), "refused before any request");
        Assert.That(File.Exists(Path.Combine(_folder, "out.jsonl")), Is.False);
    }

    [Test]
    public async Task Sync_CsvTwice_OneHeaderAndTheChangesAppendedUnderIt()
    {
        var state = Path.Combine(_folder, "state.json");
        var output = Path.Combine(_folder, "patients.csv");
        Assert.That((await RunAsync("sync", "patient", "--state", state, "--out", output)).ExitCode, Is.EqualTo(0));
        var header = CsvText.Parse(File.ReadAllText(output))[0];
        _clock.Advance(TimeSpan.FromMinutes(1));
        var renamed = _server.Store.PatientIds[10];
        await MockChanges.PatchAsync(_client, "patient", renamed, "first_name", "Csv, \"quoted\"");
        _clock.Advance(TimeSpan.FromMinutes(1));

        var second = await RunAsync("sync", "patient", "--state", state, "--out", output);

        var records = CsvText.Parse(File.ReadAllText(output));
        Assert.That(second.ExitCode, Is.EqualTo(0), second.ToString());
        Assert.That(records.Count(r => r[0] == "id"), Is.EqualTo(1), "one header");
        Assert.That(records[0], Is.EqualTo(header));
        Assert.That(records[^1][0], Is.EqualTo(renamed));
        Assert.That(records[^1][Array.IndexOf(header, "first_name")], Is.EqualTo("Csv, \"quoted\""));
        Assert.That(records[^1], Has.Length.EqualTo(header.Length));
    }

    [Test]
    public async Task Sync_FirstRunSince_OnlyChangesFromThenOn()
    {
        var since = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromMinutes(1));
        var patched = _server.Store.PatientIds[12];
        await MockChanges.PatchAsync(_client, "patient", patched, "first_name", "Since");
        _clock.Advance(TimeSpan.FromMinutes(1));

        var run = await RunAsync("sync", "patient", "--state", Path.Combine(_folder, "s.json"), "--since", since.ToOffset(TimeSpan.FromHours(-5)).ToString("yyyy-MM-ddTHH:mm:sszzz"));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.StdoutLines.Select(l => (string?)JObject.Parse(l)["id"]), Is.EqualTo(new[] { patched }));
        Assert.That(run.Stderr, Does.Contain($"synced 1 patient changed since {Utc(since)}; state saved"));
    }

    [Test]
    public async Task Sync_MockOption_EmbeddedMockLikeExport()
    {
        var state = Path.Combine(_folder, "embedded.json");

        var first = await CliRun.RunAsync(["sync", "patient", "--state", state, "--mock", "--mock-patients", "4"]);
        var second = await CliRun.RunAsync(["sync", "patient", "--state", state, "--mock", "--mock-patients", "4"]);

        Assert.That(first.ExitCode, Is.EqualTo(0), first.ToString());
        Assert.That(first.Stderr, Does.Contain("embedded mock server").And.Contain("synced 4 patient changed since the beginning; state saved"));
        Assert.That(first.StdoutLines, Has.Length.EqualTo(4));
        Assert.That(second.ExitCode, Is.EqualTo(0), second.ToString());
        Assert.That(second.StdoutLines, Is.Empty, "the seed data has not changed since");
        Assert.That(second.Stderr, Does.Contain("synced 0 patient changed since"));
    }

    [TestCase("group", "cannot be synced")]
    [TestCase("nonsense", "unknown type")]
    public async Task Sync_TypeWithoutUpdatedAtFilter_Exit2(string type, string message)
    {
        var run = await RunAsync("sync", type, "--state", Path.Combine(_folder, "s.json"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.ToString());
        Assert.That(run.Stderr, Does.Contain(message));
        Assert.That(File.Exists(Path.Combine(_folder, "s.json")), Is.False);
    }

    private async Task<CliRun> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(Target(args), new CliContext(stdout, stderr, new Dictionary<string, string?>(), false, _clock));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    private string[] Target(params string[] args) =>
        [.. args, "--base-url", _server.BaseAddress.ToString(), "--client-id", _server.ClientId, "--client-secret", _server.ClientSecret];

    private static List<string> Ids(string jsonl) =>
        File.ReadAllLines(jsonl).Where(l => l.Length > 0).Select(l => (string)JObject.Parse(l)["id"]!).ToList();

    private static JObject SyncStateText(string path) =>
        (JObject)Newtonsoft.Json.JsonConvert.DeserializeObject(File.ReadAllText(path), new Newtonsoft.Json.JsonSerializerSettings { DateParseHandling = Newtonsoft.Json.DateParseHandling.None })!;

    private static string Iso(DateTimeOffset instant) => FitbitPlus.Paging.FilterFormat.Iso(instant);

    private static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Stdout that stops the run (as Ctrl+C or SIGTERM would) once the first resource has been written.</summary>
    private sealed class CancelOnFirstWrite(CancellationTokenSource cancellation) : StringWriter
    {
        public override void Write(char value)
        {
            base.Write(value);
            cancellation.Cancel();
        }

        public override void Write(string? value)
        {
            base.Write(value);
            cancellation.Cancel();
        }

        public override void Write(char[] buffer, int index, int count)
        {
            base.Write(buffer, index, count);
            cancellation.Cancel();
        }
    }
}
