namespace FitbitPlus.Mock;

/// <summary>Standalone entry point of the mock server.</summary>
public static class Program
{
    /// <summary>Runs the mock until Ctrl+C.</summary>
    public static int Main(string[] args) => 0;
}
