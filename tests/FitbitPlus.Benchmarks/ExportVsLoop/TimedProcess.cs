using System.Diagnostics;
using System.Globalization;

namespace FitbitPlus.Benchmarks.ExportVsLoop;

/// <summary>Runs a process to its end and measures it whole: wall time (start-up included) and peak resident memory.</summary>
internal static class TimedProcess
{
    /// <summary>Runs <paramref name="file"/>; throws with its output when it exits with anything but 0.</summary>
    public static (double Seconds, long PeakBytes) Run(string file, IEnumerable<string> arguments)
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
        var peak = 0L;
        while (!process.WaitForExit(20))
        {
            // VmHWM is the kernel's own high-water mark, so a poll that misses a short peak still reads it later.
            peak = Math.Max(peak, HighWaterMark(process.Id));
        }

        var seconds = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', info.ArgumentList)} exited {process.ExitCode}: {stderr.Result}{stdout.Result}");
        }

        return (seconds, peak);
    }

    private static long HighWaterMark(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0; // the process has just exited (or this is not Linux)
        }
    }
}
