using System.Runtime.InteropServices;
using FitbitPlus.Mock.Hosting;

namespace FitbitPlus.Mock;

/// <summary>Standalone entry point: runs the mock until Ctrl+C or SIGTERM, then exits with 0.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        MockServerOptions options;
        try
        {
            options = CommandLineOptions.Parse(args, out var help);
            if (help)
            {
                Console.WriteLine(CommandLineOptions.Usage);
                return 0;
            }

            options.Validate();
        }
        catch (Exception error) when (error is FormatException or ArgumentException)
        {
            await Console.Error.WriteLineAsync(error.Message).ConfigureAwait(false);
            await Console.Error.WriteLineAsync(CommandLineOptions.Usage).ConfigureAwait(false);
            return 2;
        }

        using var stopping = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopping.Cancel();
        };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stopping.Cancel();
        });

        using var server = FitbitPlusMockServer.Start(options);
        Console.WriteLine($"FitbitPlus mock listening on {server.BaseAddress} client_id={server.ClientId} client_secret={server.ClientSecret}");
        try
        {
            await Task.Delay(Timeout.Infinite, stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: fall through to a clean shutdown.
        }

        return 0;
    }
}
