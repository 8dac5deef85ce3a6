using System.Diagnostics;
using System.Globalization;
using FitbitPlus.Benchmarks.MockThroughput;

namespace FitbitPlus.Benchmarks.ExportVsLoop;

/// <summary>
/// <c>--export-vs-loop [--patients 20000] [--runs 3] [--mock-dll path] [--cli-dll path]</c>: P6. Starts the standalone
/// mock once, then alternates <c>fitbitplus export patient</c> (the CLI's dll, process start-up included) and a bare
/// HttpClient loop (<see cref="BareLoopChild"/>, also its own process) against that same instance, and prints each
/// run, the minima, the medians and their ratios.
/// </summary>
internal static class ExportVsLoopCommand
{
    public const string Switch = "--export-vs-loop";
    private const string ClientId = "bench-client";
    private const string ClientSecret = "bench-secret";

    public static int Run(string[] args)
    {
        var patients = CommandLine.Option(args, "--patients", 20000);
        var runs = CommandLine.Option(args, "--runs", 3);
        var mockDll = CommandLine.OptionText(args, "--mock-dll") ?? Path.Combine("src", "FitbitPlus.Mock", "bin", "Release", "net10.0", "FitbitPlus.Mock.dll");
        var cliDll = CommandLine.OptionText(args, "--cli-dll") ?? Path.Combine("src", "FitbitPlus.Cli", "bin", "Release", "net10.0", "FitbitPlus.Cli.dll");
        var port = FreePort.Next();
        using var mock = ChildProcess.Start("dotnet",
            [mockDll, "--port", port.ToString(CultureInfo.InvariantCulture), "--patients", patients.ToString(CultureInfo.InvariantCulture), "--client-id", ClientId, "--client-secret", ClientSecret],
            "listening");
        var baseUrl = $"http://127.0.0.1:{port}/pub/";
        var outFile = Path.GetTempFileName();
        Console.WriteLine($"P6: {patients} patients, {runs} alternating runs; load average {CommandLine.LoadAverage()}.");
        Console.WriteLine("| Run | CLI export (s) | lines | Bare loop (s) | lines |");
        Console.WriteLine("|---|---|---|---|---|");

        var cli = new List<double>();
        var loop = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var cliSeconds = Time("dotnet", [cliDll, "export", "patient", "--base-url", baseUrl, "--client-id", ClientId, "--client-secret", ClientSecret, "--out", outFile]);
            var cliLines = File.ReadLines(outFile).Count();
            var loopSeconds = Time(Environment.ProcessPath!, [.. CommandLine.Self, BareLoopChild.Switch, baseUrl, ClientId, ClientSecret, outFile]);
            var loopLines = File.ReadLines(outFile).Count();
            cli.Add(cliSeconds);
            loop.Add(loopSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {run} | {cliSeconds:F2} | {cliLines} | {loopSeconds:F2} | {loopLines} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"min: CLI {cli.Min():F2} s, loop {loop.Min():F2} s, ratio {cli.Min() / loop.Min():F2}; median: CLI {Median(cli):F2} s, loop {Median(loop):F2} s, ratio {Median(cli) / Median(loop):F2}; load average {CommandLine.LoadAverage()}."));
        File.Delete(outFile);
        return 0;
    }

    private static double Time(string file, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', info.ArgumentList)} exited {process.ExitCode}: {stderr.Result}{stdout.Result}");
        }

        return seconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
