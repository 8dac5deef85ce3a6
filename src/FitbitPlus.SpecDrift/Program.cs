namespace FitbitPlus.SpecDrift;

/// <summary>Entry point of the spec drift tool.</summary>
internal static class Program
{
    /// <summary>Exit code: no unexplained drift (or report-only / skipped).</summary>
    public const int ExitOk = 0;

    /// <summary>Exit code: unexplained differences or stale corrections.</summary>
    public const int ExitDrift = 1;

    /// <summary>Exit code: usage error, unreadable or invalid input.</summary>
    public const int ExitError = 2;

    /// <summary>Process entry point.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the tool in-process; returns the exit code.</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        DriftOptions options;
        try
        {
            options = DriftOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            stderr.WriteLine($"SpecDrift: {ex.Message}");
            stderr.WriteLine(DriftOptions.Usage);
            return ExitError;
        }

        if (options.Help)
        {
            stdout.WriteLine(DriftOptions.Usage);
            return ExitOk;
        }

        if (!File.Exists(options.BasePath))
        {
            stdout.WriteLine($"SpecDrift skipped: publisher document not found at {options.BasePath}");
            return ExitOk;
        }

        DriftResult result;
        try
        {
            if (!File.Exists(options.TargetPath))
            {
                throw new SpecDriftException($"target document not found at {options.TargetPath}");
            }

            var corrections = options.CorrectionsPath is null ? [] : CorrectionsLoader.Load(options.CorrectionsPath);
            result = DriftResult.Compute(SwaggerDocument.Load(options.BasePath), SwaggerDocument.Load(options.TargetPath), corrections);
        }
        catch (SpecDriftException ex)
        {
            stderr.WriteLine($"SpecDrift: {ex.Message}");
            return ExitError;
        }

        result.WriteReport(stdout, options.Quiet);
        return result.Passed || options.ReportOnly ? ExitOk : ExitDrift;
    }
}
