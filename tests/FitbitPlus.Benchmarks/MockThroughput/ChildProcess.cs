using System.Diagnostics;

namespace FitbitPlus.Benchmarks.MockThroughput;

/// <summary>A server process started for a measurement and killed (this process's own child, by id) when disposed.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process) => _process = process;

    /// <summary>Starts the process and waits until a stdout line contains <paramref name="readyText"/>.</summary>
    public static ChildProcess Start(string file, IEnumerable<string> arguments, string readyText)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info)!;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.Contains(readyText, StringComparison.Ordinal))
            {
                // Keep draining stdout so the child never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync();
                return new ChildProcess(process);
            }
        }

        process.WaitForExit();
        throw new InvalidOperationException($"{file} exited before it was ready (exit code {process.ExitCode}).");
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(2000))
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
