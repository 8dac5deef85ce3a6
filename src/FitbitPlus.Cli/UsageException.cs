namespace FitbitPlus.Cli;

/// <summary>The command line asked for something impossible (unknown type, bad filter, missing option); exit code 2.</summary>
internal sealed class UsageException : Exception
{
    /// <summary>Creates the exception with the one-line reason shown to the user.</summary>
    public UsageException(string message)
        : base(message)
    {
    }
}
