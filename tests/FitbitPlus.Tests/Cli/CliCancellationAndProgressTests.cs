using FitbitPlus.Cli;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Cli;

public sealed class CliCancellationAndProgressTests
{
    [Test]
    public async Task Export_CancelledAfterFirstLine_Exits130WithOnlyCompleteLines()
    {
        using var cancellation = new CancellationTokenSource();
        using var stdout = new CallbackWriter(c => { if (c == '\n') { cancellation.Cancel(); } });
        using var stderr = new StringWriter();

        var code = await CliApp.RunAsync(CliMock.Args("export", "patient", "--page-size", "10"), stdout, stderr, new Dictionary<string, string?>(), cancellation.Token);

        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(code, Is.EqualTo(130), stderr.ToString());
        Assert.That(lines, Has.Length.GreaterThan(0).And.Length.LessThan(CliMock.Patients));
        Assert.That(lines.Select(l => (string?)JObject.Parse(l)["type"]), Is.All.EqualTo("patient"));
        Assert.That(stdout.ToString(), Does.EndWith("\n"));
        Assert.That(stderr.ToString(), Does.StartWith("fitbitplus: cancelled"));
    }

    [Test]
    public async Task Export_ToFileCancelledAfterFirstPage_FileIsFlushedAndClosed()
    {
        var directory = Directory.CreateTempSubdirectory("fitbitplus-cli-");
        try
        {
            var path = Path.Combine(directory.FullName, "out.jsonl");
            using var cancellation = new CancellationTokenSource();
            // A terminal stderr gets a progress line after each page; the first one triggers the "Ctrl+C".
            using var stderr = new CallbackWriter(c => { if (c == '\r') { cancellation.Cancel(); } });
            var context = new CliContext(TextWriter.Null, stderr, new Dictionary<string, string?>(), stderrIsTerminal: true, new FakeTimeProvider());

            var code = await CliApp.RunAsync(CliMock.Args("export", "patient", "--page-size", "10", "--out", path), context, cancellation.Token);

            Assert.That(code, Is.EqualTo(130), stderr.ToString());
            using (File.Open(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                // Opening exclusively proves the tool closed the file.
            }

            var lines = await File.ReadAllLinesAsync(path);
            Assert.That(lines, Has.Length.EqualTo(10), "the first page, flushed");
            Assert.That(lines.Select(l => (string?)JObject.Parse(l)["id"]), Is.Unique);
            Assert.That(stderr.ToString(), Does.Contain($"cancelled; 10 patient written to {path}"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Export_TerminalStderr_ShowsThrottledProgressThenTheCompletenessLine()
    {
        using var stderr = new StringWriter();
        var clock = new FakeTimeProvider();
        var context = new CliContext(TextWriter.Null, stderr, new Dictionary<string, string?>(), stderrIsTerminal: true, clock);

        var code = await CliApp.RunAsync(CliMock.Args("export", "patient", "--page-size", "10"), context);

        // The clock never moves, so only the first page's progress is drawn (then cleared).
        var text = stderr.ToString();
        Assert.That(code, Is.EqualTo(0), text);
        Assert.That(text, Does.Contain($"\rexported 10/{CliMock.Patients} patient"));
        Assert.That(text, Does.Not.Contain($"exported 20/{CliMock.Patients}"));
        Assert.That(text, Does.EndWith($"\rexported {CliMock.Patients} of {CliMock.Patients} patient{Environment.NewLine}"));
    }

    /// <summary>A string writer that reports every character written.</summary>
    private sealed class CallbackWriter(Action<char> onChar) : StringWriter
    {
        public override void Write(char value)
        {
            base.Write(value);
            onChar(value);
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? string.Empty)
            {
                Write(c);
            }
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));
    }
}
