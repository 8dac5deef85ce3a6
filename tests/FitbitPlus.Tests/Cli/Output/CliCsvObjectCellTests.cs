namespace FitbitPlus.Tests.Cli.Output;

public sealed class CliCsvObjectCellTests
{
    [Test]
    public async Task Export_CalendarEventsWithOwnerAsCsv_NoCellHoldsAJsonObject()
    {
        var run = await CliRun.RunAsync(CliMock.Args("export", "calendar_event", "--include", "owner", "--format", "csv"));

        var records = CsvText.Parse(run.Stdout);
        var header = records[0];
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(records, Has.Count.GreaterThan(1), "the mock serves calendar events");
        Assert.That(header, Does.Contain("completed_by.type").And.Contain("completed_by.id").And.Not.Contain("completed_by"));
        var objectCells = records.Skip(1).SelectMany(r => r.Select((cell, i) => (Column: header[i], Cell: cell))).Where(c => c.Cell.StartsWith('{')).ToList();
        Assert.That(objectCells, Is.Empty, "cells holding JSON objects: " + string.Join("; ", objectCells.Take(5)));
    }
}
