using System.Globalization;

namespace FitbitPlus.Benchmarks.PeakMemory;

/// <summary>What one child process measured while enumerating a collection once.</summary>
/// <param name="BaselineLiveBytes">Live managed heap after the client was created, before enumerating.</param>
/// <param name="PeakBytes">Peak managed heap during the enumeration (live or total, depending on the mode).</param>
/// <param name="PeakWorkingSetBytes">Peak working set of the process (<c>Process.PeakWorkingSet64</c>).</param>
/// <param name="Resources">Resources enumerated.</param>
/// <param name="Gen0">Gen-0 collections during the run.</param>
/// <param name="Gen2">Gen-2 (full) collections during the run.</param>
internal sealed record PeakMemorySample(long BaselineLiveBytes, long PeakBytes, long PeakWorkingSetBytes, long Resources, long Gen0, long Gen2)
{
    private const string Prefix = "PEAK-MEMORY-SAMPLE ";

    public string ToLine() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{BaselineLiveBytes} {PeakBytes} {PeakWorkingSetBytes} {Resources} {Gen0} {Gen2}");

    public static PeakMemorySample? TryParse(string line)
    {
        if (!line.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = line[Prefix.Length..].Split(' ').Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new PeakMemorySample(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
    }
}
