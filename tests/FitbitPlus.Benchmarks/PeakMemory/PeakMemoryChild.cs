using System.Diagnostics;
using FitbitPlus.Benchmarks.Fixtures;

namespace FitbitPlus.Benchmarks.PeakMemory;

/// <summary>
/// Runs in a fresh process: enumerates one collection through the facade and prints what it measured.
/// <c>live</c> forces a full collection at every page boundary and records the largest live heap (what the
/// enumeration keeps); <c>heap</c> never forces a collection and samples <c>GC.GetTotalMemory(false)</c>
/// every millisecond on another thread (what the process really holds, garbage included).
/// </summary>
internal static class PeakMemoryChild
{
    public const int PageSize = 50;

    public static async Task<int> RunAsync(long total, bool detectDuplicates, string mode)
    {
        using var collection = new PatientCollection(total, TimeSpan.Zero);
        await collection.Client.GetCredentialsScopeAsync().ConfigureAwait(false); // the token is part of the fixed cost
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var (gen0, gen2) = (GC.CollectionCount(0), GC.CollectionCount(2));

        var live = mode == "live";
        long peak = 0;
        using var stop = new CancellationTokenSource();
        var sampler = live ? null : new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                Record(ref peak, GC.GetTotalMemory(forceFullCollection: false));
                Thread.Sleep(1);
            }
        }) { IsBackground = true };
        sampler?.Start();

        long count = 0;
        await foreach (var patient in collection.Patients(PageSize, readAheadPages: 0, detectDuplicates))
        {
            if (count % PageSize == 0)
            {
                // The current page is held by the enumerator here, exactly as in a user's loop body.
                Record(ref peak, GC.GetTotalMemory(forceFullCollection: live));
            }

            count++;
        }

        Record(ref peak, GC.GetTotalMemory(forceFullCollection: live));
        stop.Cancel();
        sampler?.Join();
        if (count != total)
        {
            throw new InvalidOperationException($"Enumerated {count} patients, expected {total}.");
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(new PeakMemorySample(baseline, Interlocked.Read(ref peak), process.PeakWorkingSet64, count, GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2).ToLine());
        return 0;
    }

    private static void Record(ref long peak, long value)
    {
        var current = Interlocked.Read(ref peak);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref peak, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
