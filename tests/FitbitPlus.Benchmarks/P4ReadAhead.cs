using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using FitbitPlus.Benchmarks.Fixtures;

namespace FitbitPlus.Benchmarks;

/// <summary>
/// P4: 100 pages, each answered after 20 ms of simulated server latency and each costing the consumer 20 ms of
/// (asynchronous) work: read-ahead of one page against strictly sequential paging, through the whole client pipeline.
/// </summary>
[MinColumn]
[MedianColumn]
[ShortInProcessJob(warmupCount: 1, iterationCount: 5, strategy: RunStrategy.Monitoring)]
public class P4ReadAhead
{
    private const int Pages = 100;
    private const int PageSize = 50;
    private static readonly TimeSpan ServerLatency = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan ConsumerWorkPerPage = TimeSpan.FromMilliseconds(20);
    private PatientCollection? _collection;

    [GlobalSetup]
    public void Setup() => _collection = new PatientCollection(Pages * PageSize, ServerLatency);

    [GlobalCleanup]
    public void Cleanup() => _collection?.Dispose();

    /// <summary><c>ReadAheadPages = 0</c> (the default): page k+1 is requested only when the consumer asks for it.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> Sequential() => EnumerateAsync(readAheadPages: 0);

    /// <summary><c>ReadAheadPages = 1</c>: page k+1 is fetched while the consumer works on page k.</summary>
    [Benchmark]
    public Task<int> ReadAhead1() => EnumerateAsync(readAheadPages: 1);

    private async Task<int> EnumerateAsync(int readAheadPages)
    {
        var count = 0;
        await foreach (var patient in _collection!.Patients(PageSize, readAheadPages))
        {
            if (count % PageSize == 0)
            {
                await Task.Delay(ConsumerWorkPerPage).ConfigureAwait(false);
            }

            count++;
        }

        return count == Pages * PageSize ? count : throw new InvalidOperationException($"Enumerated {count} patients, expected {Pages * PageSize}.");
    }
}
