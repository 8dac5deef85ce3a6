namespace FitbitPlus.SpecDrift;

/// <summary>A fatal input problem (unreadable file, invalid YAML, malformed document); maps to exit code 2.</summary>
internal sealed class SpecDriftException : Exception
{
    /// <summary>Creates the exception with a one-line message that names the offending file.</summary>
    public SpecDriftException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and the underlying cause.</summary>
    public SpecDriftException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
