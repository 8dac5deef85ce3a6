using System.Globalization;

namespace FitbitPlus.Benchmarks.ExportVsLoop;

/// <summary>
/// <c>--export-scale [--sizes 2000,20000,200000] [--runs 3]</c>: the CLI's export of patients at several collection
/// sizes, each against its own standalone mock: wall time, resources per second and the process's peak resident
/// memory (median of the runs after one discarded warm-up), so a user can see the job stays flat as data grows.
/// </summary>
internal static class ExportScaleCommand
{
    public const string Switch = "--export-scale";

    public static int Run(string[] args)
    {
        var sizes = (CommandLine.OptionText(args, "--sizes") ?? "2000,20000,200000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var runs = CommandLine.Option(args, "--runs", 3);
        var cliDll = ExportVsLoopCommand.CliDll(args);
        var outFile = Path.GetTempFileName();
        Console.WriteLine($"Export scale: sizes {string.Join(", ", sizes)}, {runs} runs each after a warm-up; load average {CommandLine.LoadAverage()}.");
        Console.WriteLine("| Patients | Wall time (s, median) | Resources/s | Peak working set (MB, median) | Runs (s) |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            using var mock = ExportVsLoopCommand.StartMock(args, size, out var baseUrl);
            var results = new List<(double Seconds, long PeakBytes)>();
            for (var run = 0; run <= runs; run++)
            {
                var result = TimedProcess.Run("dotnet", ExportVsLoopCommand.CliExport(cliDll, baseUrl, outFile));
                ExportVsLoopCommand.Checked(result.Seconds, outFile, size);
                if (run > 0)
                {
                    results.Add(result);
                }
            }

            var seconds = CommandLine.Median(results.Select(r => r.Seconds));
            var peak = CommandLine.Median(results.Select(r => r.PeakBytes / (1024.0 * 1024.0)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size} | {seconds:F2} | {size / seconds:F0} | {peak:F1} | {string.Join(", ", results.Select(r => r.Seconds.ToString("F2", CultureInfo.InvariantCulture)))} |"));
        }

        Console.WriteLine($"load average {CommandLine.LoadAverage()}.");
        File.Delete(outFile);
        return 0;
    }
}
