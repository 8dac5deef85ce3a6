using System.Text;
using FitbitPlus.Sync;
using Microsoft.Extensions.Options;

namespace FitbitPlus.Samples.SyncWorker;

/// <summary>
/// Runs the library's typed incremental sync of patients on a schedule: appends the changed resources to a file, flushes it to disk, and only
/// then saves the new state. A failed run keeps the old state, so the next run repeats its window (at least once, never lost).
/// </summary>
public sealed class SyncWorker(FitbitPlusClient client, IOptions<SyncWorkerOptions> options, TimeProvider time, ILogger<SyncWorker> logger)
    : BackgroundService
{
    private readonly SyncWorkerOptions _options = options.Value;

    /// <summary>Runs once at start, then every <see cref="SyncWorkerOptions.Interval"/> until the host stops.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.Interval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (FitbitPlusException error)
            {
                logger.LogWarning(error, "Patient sync failed; the state was kept and the next run repeats the window");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One run: read the state, append the changes, flush, save the new state.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var state = await StateStore.LoadAsync(_options.StatePath, cancellationToken);
        var run = client.Patients.SyncAsync(state, new SyncOptions { TimeProvider = time }, cancellationToken);
        await using (var output = new StreamWriter(new FileStream(_options.OutputPath, FileMode.Append, FileAccess.Write, FileShare.Read), new UTF8Encoding(false)))
        {
            await foreach (var patient in run)
            {
                // The typed resource writes back every member the server sent (undeclared ones through AdditionalProperties).
                await output.WriteLineAsync(Newtonsoft.Json.JsonConvert.SerializeObject(patient, Newtonsoft.Json.Formatting.None));
            }

            await output.FlushAsync(cancellationToken);
            ((FileStream)output.BaseStream).Flush(flushToDisk: true);
        }

        if (run.NewState is { } next)
        {
            StateStore.Save(_options.StatePath, next);
            logger.LogInformation("Synced {Count} patients changed in {Window}; state saved", run.Yielded, run.Window?.ToString() ?? "(nothing to read yet)");
        }
        else
        {
            logger.LogWarning("Patient sync was incomplete ({Report}); the state was kept", run.Report);
        }
    }
}
