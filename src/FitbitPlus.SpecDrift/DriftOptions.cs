namespace FitbitPlus.SpecDrift;

/// <summary>Parsed command-line options.</summary>
/// <param name="BasePath">The base (publisher / older) document.</param>
/// <param name="TargetPath">The target (ours / newer) document.</param>
/// <param name="CorrectionsPath">The corrections file, or <c>null</c> in maintainer mode.</param>
/// <param name="ReportOnly">Exit 0 whatever the differences.</param>
/// <param name="Help">Print usage and exit.</param>
/// <param name="Quiet">Leave explained differences out of the report (CI logs stay short).</param>
internal sealed record DriftOptions(string BasePath, string TargetPath, string? CorrectionsPath, bool ReportOnly, bool Help, bool Quiet = false)
{
    /// <summary>The usage text.</summary>
    public const string Usage =
        "usage: FitbitPlus.SpecDrift --base <path> --target <path> [--corrections <path>] [--report-only] [--quiet]";

    /// <summary>Parses <paramref name="args"/>; throws <see cref="ArgumentException"/> on a usage error.</summary>
    public static DriftOptions Parse(IReadOnlyList<string> args)
    {
        string? basePath = null, targetPath = null, correctionsPath = null;
        var reportOnly = false;
        var quiet = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--base":
                    basePath = Value(args, ref i);
                    break;
                case "--target":
                    targetPath = Value(args, ref i);
                    break;
                case "--corrections":
                    correctionsPath = Value(args, ref i);
                    break;
                case "--report-only":
                    reportOnly = true;
                    break;
                case "--quiet":
                    quiet = true;
                    break;
                case "-h" or "--help":
                    return new DriftOptions(string.Empty, string.Empty, null, ReportOnly: false, Help: true);
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        if (basePath is null || targetPath is null)
        {
            throw new ArgumentException("both --base and --target are required");
        }

        return new DriftOptions(basePath, targetPath, correctionsPath, reportOnly, Help: false, quiet);
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        var option = args[i];
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal) || args[i + 1].Length == 0)
        {
            throw new ArgumentException($"{option} needs a value");
        }

        i++;
        return args[i];
    }
}
