namespace FitbitPlus.Sync;

/// <summary>A stored <see cref="SyncState"/> cannot be used: corrupt, from a newer version, or for another collection.</summary>
public sealed class SyncStateException : Exception
{
    /// <summary>Creates the exception with a message saying what is wrong with the state.</summary>
    public SyncStateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that revealed the problem.</summary>
    public SyncStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
