using System.Globalization;
using FitbitPlus.Benchmarks.MockThroughput;

namespace FitbitPlus.Benchmarks.ExportVsLoop;

/// <summary>
/// <c>--export-vs-loop [--patients 20000] [--runs 5] [--warmup 1] [--mock-dll path] [--cli-dll path] [--bare-export-dll path]</c>: P6. Starts
/// the standalone mock once, runs one discarded warm-up pair (the mock's own JIT would otherwise land on the first
/// run), then alternates <c>fitbitplus export patient</c> (the CLI's dll, process start-up included) and a bare
/// HttpClient loop (<c>--bare-export-dll</c>: the shared <c>BareExport</c>; else <see cref="BareLoopChild"/>; also its own process) against that same instance, and prints each
/// run, the minima, the medians and their ratios. Every run must write one line per patient.
/// </summary>
internal static class ExportVsLoopCommand
{
    public const string Switch = "--export-vs-loop";
    internal const string ClientId = "bench-client";
    internal const string ClientSecret = "bench-secret";

    public static int Run(string[] args)
    {
        var patients = CommandLine.Option(args, "--patients", 20000);
        var runs = CommandLine.Option(args, "--runs", 5);
        var warmup = CommandLine.Option(args, "--warmup", 1);
        var cliDll = CliDll(args);
        using var mock = StartMock(args, patients, out var baseUrl);
        var outFile = Path.GetTempFileName();
        Console.WriteLine($"P6: {patients} patients, {warmup} warm-up pair(s), {runs} alternating runs; load average {CommandLine.LoadAverage()}.");
        var bare = CommandLine.OptionText(args, "--bare-export-dll");
        Func<double> baseline = bare is null
            ? () => Checked(TimedProcess.Run(Environment.ProcessPath!, [.. CommandLine.Self, BareLoopChild.Switch, baseUrl, ClientId, ClientSecret, outFile]).Seconds, outFile, patients)
            : () => Checked(TimedProcess.Run("dotnet", BareExport(bare, baseUrl, outFile)).Seconds, outFile, patients);
        AlternatingPairs.Run(
            "CLI export", () => Checked(TimedProcess.Run("dotnet", CliExport(cliDll, baseUrl, outFile)).Seconds, outFile, patients),
            bare is null ? "Bare loop" : "BareExport", baseline,
            runs, warmup);
        File.Delete(outFile);
        return 0;
    }

    /// <summary>The CLI build to measure (<c>--cli-dll</c>, default the Release build).</summary>
    internal static string CliDll(string[] args) =>
        CommandLine.OptionText(args, "--cli-dll") ?? Path.Combine("src", "FitbitPlus.Cli", "bin", "Release", "net10.0", "FitbitPlus.Cli.dll");

    /// <summary>
    /// Starts the standalone mock with <paramref name="patients"/> patients and no per-patient records (an export of
    /// patients reads none, and records cost about 30 resources per patient, too many for 200 000 patients).
    /// </summary>
    internal static ChildProcess StartMock(string[] args, int patients, out string baseUrl, string[]? extra = null)
    {
        var mockDll = CommandLine.OptionText(args, "--mock-dll") ?? Path.Combine("src", "FitbitPlus.Mock", "bin", "Release", "net10.0", "FitbitPlus.Mock.dll");
        var port = FreePort.Next();
        baseUrl = $"http://127.0.0.1:{port}/pub/";
        return ChildProcess.Start("dotnet",
            [mockDll, "--port", port.ToString(CultureInfo.InvariantCulture), "--patients", patients.ToString(CultureInfo.InvariantCulture), "--patients-only", "--client-id", ClientId, "--client-secret", ClientSecret, .. extra ?? []],
            "listening");
    }

    /// <summary>The arguments of <c>fitbitplus export patient</c> against the mock, into <paramref name="outFile"/>.</summary>
    internal static string[] CliExport(string cliDll, string baseUrl, string outFile) =>
        [cliDll, "export", "patient", "--base-url", baseUrl, "--client-id", ClientId, "--client-secret", ClientSecret, "--out", outFile];

    /// <summary>The arguments of the shared sequential floor <c>BareExport</c> (50 per page) against the mock, into <paramref name="outFile"/>.</summary>
    internal static string[] BareExport(string bareDll, string baseUrl, string outFile) =>
        [bareDll, baseUrl, ClientId, ClientSecret, outFile, "50"];

    /// <summary>Returns <paramref name="seconds"/> when <paramref name="outFile"/> has one line per patient, else throws.</summary>
    internal static double Checked(double seconds, string outFile, int patients)
    {
        var lines = File.ReadLines(outFile).Count();
        return lines == patients ? seconds : throw new InvalidOperationException($"{outFile} has {lines} lines, not {patients}.");
    }
}
