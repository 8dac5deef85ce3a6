namespace FitbitPlus.Cli;

/// <summary>Entry point of the fitbitplus command-line tool.</summary>
public static class Program
{
    /// <summary>Runs the tool.</summary>
    public static int Main(string[] args) => 0;
}
