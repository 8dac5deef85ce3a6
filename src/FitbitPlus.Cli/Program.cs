using System.Collections;
using System.Runtime.InteropServices;
using System.Text;

namespace FitbitPlus.Cli;

/// <summary>Entry point of the fitbitplus command-line tool: wires the console and Ctrl+C to <see cref="CliApp"/>.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        // A signal registration, not Console.CancelKeyPress: that one initialises the terminal first (about 13 ms of
        // every start-up). First Ctrl+C: stop cleanly (flush and close the output). A second one terminates at once.
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        });
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancellation.Cancel();
        });

        // Console.Out flushes on every write; a large buffer keeps exports to stdout fast.
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024);
        var environment = ReadEnvironment();
        using var telemetry = FitbitPlus.Cli.Telemetry.CliTelemetry.StartIfConfigured(environment); // flushed on exit
        var context = new CliContext(stdout, Console.Error, environment, !Console.IsErrorRedirected, TimeProvider.System);
        try
        {
            return await CliApp.RunAsync(args, context, cancellation.Token).ConfigureAwait(false);
        }
        finally
        {
            try
            {
                await stdout.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (IOException)
            {
                // The reader went away (e.g. `| head`); the command already reported the broken pipe.
            }
        }
    }

    private static Dictionary<string, string?> ReadEnvironment()
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = entry.Value as string;
        }

        return variables;
    }
}
