using BenchmarkDotNet.Running;
using FitbitPlus.Benchmarks.PeakMemory;

namespace FitbitPlus.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line (BenchmarkDotNet switcher), or the P3 peak-memory comparison
/// with <c>--peak-memory</c> (which measures each size in a fresh process).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == PeakMemoryCommand.ChildSwitch)
        {
            return await PeakMemoryCommand.RunChildAsync(args).ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] == PeakMemoryCommand.Switch)
        {
            return PeakMemoryCommand.Run(args);
        }

        if (args.Length > 0 && args[0] == MockThroughput.MockThroughputCommand.Switch)
        {
            return await MockThroughput.MockThroughputCommand.RunAsync(args).ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] == MockThroughput.StaticStubChild.Switch)
        {
            return MockThroughput.StaticStubChild.Run(args);
        }

        if (args.Length > 0 && args[0] == ExportVsLoop.ExportVsLoopCommand.Switch)
        {
            return ExportVsLoop.ExportVsLoopCommand.Run(args);
        }

        if (args.Length > 0 && args[0] == ExportVsLoop.PartitionedExportCommand.Switch)
        {
            return ExportVsLoop.PartitionedExportCommand.Run(args);
        }

        if (args.Length > 0 && args[0] == ExportVsLoop.ExportScaleCommand.Switch)
        {
            return ExportVsLoop.ExportScaleCommand.Run(args);
        }

        if (args.Length > 0 && args[0] == ExportVsLoop.BareLoopChild.Switch)
        {
            return await ExportVsLoop.BareLoopChild.RunAsync(args).ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] == BodyMemory.BodyMemoryCommand.Switch)
        {
            return await BodyMemory.BodyMemoryCommand.RunAsync(args).ConfigureAwait(false);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
