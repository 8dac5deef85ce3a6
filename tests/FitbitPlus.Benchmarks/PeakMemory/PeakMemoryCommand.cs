using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace FitbitPlus.Benchmarks.PeakMemory;

/// <summary>
/// P3 (<c>--peak-memory [--repeat N]</c>): enumerates 10 000 and 100 000 patients through the facade, each run in a
/// fresh process, and prints the ratio of the peaks. BenchmarkDotNet's allocated bytes per operation is a total, not a
/// peak, so it cannot show whether an enumeration keeps what it has yielded; this mode measures the peak directly.
/// </summary>
internal static class PeakMemoryCommand
{
    public const string Switch = "--peak-memory";
    public const string ChildSwitch = "--peak-memory-child";
    private const long Small = 10_000;
    private const long Large = 100_000;

    public static int Run(string[] args)
    {
        var repeat = args.Length > 2 && args[1] == "--repeat" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        Console.WriteLine($"P3 peak memory: {Small:N0} vs {Large:N0} patients, {PeakMemoryChild.PageSize} per page, cursor paging, no read-ahead; median of {repeat} fresh processes per cell.");
        Console.WriteLine($"Environment: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, load average {LoadAverage()}.");
        Console.WriteLine();
        Console.WriteLine("| Mode | DetectDuplicates | Peak at 10k (MB) | Peak at 100k (MB) | Ratio 100k/10k | Growth over baseline 10k → 100k (MB) | Peak working set 10k → 100k (MB) | Working-set ratio | Gen0 / Gen2 GCs 10k → 100k |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var detectDuplicates in new[] { true, false })
        {
            foreach (var mode in new[] { "live", "heap" })
            {
                var small = new List<PeakMemorySample>();
                var large = new List<PeakMemorySample>();
                for (var i = 0; i < repeat; i++)
                {
                    small.Add(RunChild(Small, detectDuplicates, mode));
                    large.Add(RunChild(Large, detectDuplicates, mode));
                }

                var (s, l) = (Median(small, x => x.PeakBytes), Median(large, x => x.PeakBytes));
                var (sGrowth, lGrowth) = (Median(small, x => x.PeakBytes - x.BaselineLiveBytes), Median(large, x => x.PeakBytes - x.BaselineLiveBytes));
                var (sWs, lWs) = (Median(small, x => x.PeakWorkingSetBytes), Median(large, x => x.PeakWorkingSetBytes));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {mode} | {detectDuplicates} | {Mb(s)} | {Mb(l)} | **{(double)l / s:F2}** | {Mb(sGrowth)} → {Mb(lGrowth)} | {Mb(sWs)} → {Mb(lWs)} | {(double)lWs / sWs:F2} | {Gcs(small)} → {Gcs(large)} |"));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Load average after the runs: {LoadAverage()}.");
        return 0;
    }

    public static Task<int> RunChildAsync(string[] args) =>
        PeakMemoryChild.RunAsync(
            long.Parse(args[1], CultureInfo.InvariantCulture),
            bool.Parse(args[2]),
            args[3]);

    private static PeakMemorySample RunChild(long total, bool detectDuplicates, string mode)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location); // started as "dotnet FitbitPlus.Benchmarks.dll"
        }

        foreach (var argument in new[] { ChildSwitch, total.ToString(CultureInfo.InvariantCulture), detectDuplicates.ToString(), mode })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var sample = output.Split('\n').Select(l => PeakMemorySample.TryParse(l.Trim())).FirstOrDefault(s => s is not null);
        if (process.ExitCode != 0 || sample is null)
        {
            throw new InvalidOperationException($"The measuring process failed (exit code {process.ExitCode}): {output}");
        }

        return sample;
    }

    private static long Median(List<PeakMemorySample> samples, Func<PeakMemorySample, long> value)
    {
        var sorted = samples.Select(value).Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static string Gcs(List<PeakMemorySample> samples) =>
        string.Create(CultureInfo.InvariantCulture, $"{Median(samples, x => x.Gen0)} / {Median(samples, x => x.Gen2)}");

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F2", CultureInfo.InvariantCulture);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
