using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FitbitPlus.Benchmarks;

/// <summary>
/// One launch, few iterations, run inside this process: short on a shared 2-core machine, and no generated project is
/// built (an out-of-process run would rebuild src/FitbitPlus into its default bin/obj, which other builds share).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ShortInProcessJobAttribute : JobConfigBaseAttribute
{
    /// <summary>Creates the job.</summary>
    /// <param name="warmupCount">Warm-up iterations.</param>
    /// <param name="iterationCount">Measured iterations.</param>
    /// <param name="strategy"><see cref="RunStrategy.Monitoring"/> for long operations: one invocation per iteration, no pilot.</param>
    /// <param name="iterationMilliseconds">Target duration of one iteration (throughput strategy).</param>
    public ShortInProcessJobAttribute(int warmupCount = 2, int iterationCount = 5, RunStrategy strategy = RunStrategy.Throughput, int iterationMilliseconds = 250)
        : base(Job.Default
            .WithLaunchCount(1)
            .WithIterationTime(TimeInterval.FromMilliseconds(iterationMilliseconds))
            .WithWarmupCount(warmupCount)
            .WithIterationCount(iterationCount)
            .WithStrategy(strategy)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("ShortInProcess"))
    {
    }
}
