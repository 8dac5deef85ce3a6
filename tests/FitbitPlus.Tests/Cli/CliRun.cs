using FitbitPlus.Cli;

namespace FitbitPlus.Tests.Cli;

/// <summary>The outcome of one in-process run of the tool.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Non-empty stdout lines.</summary>
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs the tool with string writers; stderr is not a terminal.</summary>
    public static async Task<CliRun> RunAsync(string[] args, IDictionary<string, string?>? environment = null, CancellationToken cancellationToken = default)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, environment ?? new Dictionary<string, string?>(), cancellationToken);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Asserts that neither stream shows <paramref name="secret"/>.</summary>
    public CliRun AssertNotShown(string secret)
    {
        Assert.That(Stdout, Does.Not.Contain(secret), "stdout shows the secret");
        Assert.That(Stderr, Does.Not.Contain(secret), "stderr shows the secret");
        return this;
    }

    /// <summary>Shown in assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}; stderr: {Stderr}";
}
