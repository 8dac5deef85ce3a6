using System.Globalization;

namespace FitbitPlus.Benchmarks.ExportVsLoop;

/// <summary>
/// Runs two whole-process commands alternately (candidate, then baseline) after discarded warm-up pairs and reports
/// each pair, the minima, the medians and the median of the pairwise ratios: a pair shares the machine's load of the
/// moment, so its ratio is less disturbed by other work than a ratio of two separately taken statistics.
/// </summary>
internal static class AlternatingPairs
{
    /// <summary>Runs <paramref name="warmup"/> + <paramref name="runs"/> pairs and prints the table and its summary.</summary>
    public static void Run(string candidateName, Func<double> candidate, string baselineName, Func<double> baseline, int runs, int warmup)
    {
        Console.WriteLine($"| Pair | {candidateName} (s) | {baselineName} (s) | Ratio |");
        Console.WriteLine("|---|---|---|---|");
        var pairs = new List<(double Candidate, double Baseline)>();
        for (var run = 1 - warmup; run <= runs; run++)
        {
            var c = candidate();
            var b = baseline();
            var label = run < 1 ? "warm-up" : run.ToString(CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {c:F2} | {b:F2} | {(run < 1 ? "(discarded)" : (c / b).ToString("F3", CultureInfo.InvariantCulture))} |"));
            if (run >= 1)
            {
                pairs.Add((c, b));
            }
        }

        var ratios = pairs.Select(p => p.Candidate / p.Baseline).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median of pairwise ratios {CommandLine.Median(ratios):F3} (range {ratios.Min():F3}–{ratios.Max():F3}, {ratios.Count} pairs); " +
            $"min: {candidateName} {pairs.Min(p => p.Candidate):F2} s, {baselineName} {pairs.Min(p => p.Baseline):F2} s; " +
            $"median: {candidateName} {CommandLine.Median(pairs.Select(p => p.Candidate)):F2} s, {baselineName} {CommandLine.Median(pairs.Select(p => p.Baseline)):F2} s; " +
            $"load average {CommandLine.LoadAverage()}."));
    }
}
