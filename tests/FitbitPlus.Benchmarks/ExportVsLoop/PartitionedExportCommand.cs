using System.Globalization;

namespace FitbitPlus.Benchmarks.ExportVsLoop;

/// <summary>
/// <c>--partitioned-export --bare-export-dll path [--patients 20000] [--latency-ms 50] [--parallel 4] [--runs 3] [--warmup 1]</c>:
/// P9. Starts the standalone mock once with added latency, then alternates <c>fitbitplus export patient --parallel N</c>
/// and the shared sequential floor <c>BareExport</c> (50 per page), both as whole processes including start-up, against
/// that same instance; prints each run, the minima, the medians and their ratios. Every run must write one line per patient.
/// </summary>
internal static class PartitionedExportCommand
{
    public const string Switch = "--partitioned-export";

    public static int Run(string[] args)
    {
        var patients = CommandLine.Option(args, "--patients", 20000);
        var latency = CommandLine.Option(args, "--latency-ms", 50);
        var parallel = CommandLine.Option(args, "--parallel", 4);
        var runs = CommandLine.Option(args, "--runs", 3);
        var warmup = CommandLine.Option(args, "--warmup", 1);
        var bare = CommandLine.OptionText(args, "--bare-export-dll") ?? throw new ArgumentException("--bare-export-dll is required (build ../shared/bench/BareExport; see its README).");
        var cliDll = ExportVsLoopCommand.CliDll(args);
        using var mock = ExportVsLoopCommand.StartMock(args, patients, out var baseUrl, ["--latency-ms", latency.ToString(CultureInfo.InvariantCulture)]);
        var outFile = Path.GetTempFileName();
        Console.WriteLine($"P9: {patients} patients, latency {latency} ms, --parallel {parallel}, {warmup} warm-up pair(s), {runs} alternating runs; load average {CommandLine.LoadAverage()}.");
        string[] export = [.. ExportVsLoopCommand.CliExport(cliDll, baseUrl, outFile), "--parallel", parallel.ToString(CultureInfo.InvariantCulture)];
        AlternatingPairs.Run(
            $"CLI export --parallel {parallel}", () => ExportVsLoopCommand.Checked(TimedProcess.Run("dotnet", export).Seconds, outFile, patients),
            "BareExport", () => ExportVsLoopCommand.Checked(TimedProcess.Run("dotnet", ExportVsLoopCommand.BareExport(bare, baseUrl, outFile)).Seconds, outFile, patients),
            runs, warmup);
        File.Delete(outFile);
        return 0;
    }
}
