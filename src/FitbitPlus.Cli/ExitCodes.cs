namespace FitbitPlus.Cli;

/// <summary>The process exit codes of <c>fitbitplus</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The API, the network or the output file failed.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong (unknown type, bad option, missing credentials).</summary>
    public const int Usage = 2;

    /// <summary>Cancelled by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
