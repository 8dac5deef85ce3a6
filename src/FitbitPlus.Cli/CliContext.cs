namespace FitbitPlus.Cli;

/// <summary>
/// What one run of the tool talks to: output streams, environment variables and the clock. Tests build one over
/// string writers; <see cref="Program"/> builds one over the console.
/// </summary>
internal sealed class CliContext
{
    private const string Prefix = "fitbitplus: ";

    // As in the library (KnownSecrets): masking a one-letter secret such as "s" would garble every line it occurs in.
    private const int MinSecretLength = 6;
    private readonly List<string> _secrets = [];

    /// <summary>Creates a context.</summary>
    /// <param name="stdout">Where results go (resources, counts, documents).</param>
    /// <param name="stderr">Where diagnostics go (progress, completeness, errors).</param>
    /// <param name="environment">Environment variables (only the <c>FITBITPLUS_*</c> ones are read).</param>
    /// <param name="stderrIsTerminal">Whether live progress may be drawn on <paramref name="stderr"/>.</param>
    /// <param name="timeProvider">Clock that throttles progress updates.</param>
    public CliContext(TextWriter stdout, TextWriter stderr, IDictionary<string, string?> environment, bool stderrIsTerminal, TimeProvider timeProvider)
    {
        Stdout = stdout;
        Stderr = stderr;
        Environment = environment;
        StderrIsTerminal = stderrIsTerminal;
        TimeProvider = timeProvider;
    }

    /// <summary>Where results go.</summary>
    public TextWriter Stdout { get; }

    /// <summary>Where diagnostics go.</summary>
    public TextWriter Stderr { get; }

    /// <summary>Environment variables.</summary>
    public IDictionary<string, string?> Environment { get; }

    /// <summary>Whether live progress may be drawn on <see cref="Stderr"/>.</summary>
    public bool StderrIsTerminal { get; }

    /// <summary>Clock that throttles progress updates.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Reads an environment variable; empty counts as unset.</summary>
    public string? GetVariable(string name) =>
        Environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>Remembers a secret so that no diagnostic line can ever show it (values under 6 characters are not masked).</summary>
    public void RegisterSecret(string? secret)
    {
        if (secret is { Length: >= MinSecretLength })
        {
            _secrets.Add(secret);
        }
    }

    /// <summary>Writes <c>fitbitplus: error: ...</c> as one line.</summary>
    public void WriteError(string message) => WriteLine("error: " + message);

    /// <summary>Writes <c>fitbitplus: warning: ...</c> as one line.</summary>
    public void WriteWarning(string message) => WriteLine("warning: " + message);

    /// <summary>Writes <c>fitbitplus: ...</c> as one line.</summary>
    public void WriteNotice(string message) => WriteLine(message);

    /// <summary>Writes a line to stderr as is (after redaction), for the completeness line.</summary>
    public void WriteStatus(string line) => Stderr.WriteLine(Redact(line));

    private void WriteLine(string message) => Stderr.WriteLine(Prefix + Redact(OneLine(message)));

    private static string OneLine(string text) =>
        text.ReplaceLineEndings(" ").Trim();

    private string Redact(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        return text;
    }
}
