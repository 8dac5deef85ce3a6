using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace FitbitPlus.Benchmarks;

/// <summary>
/// Three launches (separate processes), each measured at the final JIT tier: the runtime promotes a method as soon as
/// it has been called 30 times (no 100 ms call-counting delay), so the 20 warm-up iterations always end with the
/// facade's and the baseline's code fully optimised, dynamic PGO included. In-process, the tier-up of the facade's
/// methods sometimes landed inside the measured iterations (two launches gave 1.07 and 1.78).
/// </summary>
internal sealed class SteadyStateConfig : ManualConfig
{
    public SteadyStateConfig() =>
        AddJob(Job.Default
            .WithLaunchCount(3)
            .WithWarmupCount(20)
            .WithIterationCount(30)
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0")));
}
