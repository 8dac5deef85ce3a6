using System.Globalization;

namespace FitbitPlus.Cli.Output;

/// <summary>
/// Live <c>exported 300/500 patient</c> on stderr, redrawn in place at most four times a second, and only when stderr is a
/// terminal (a redirected stderr gets just the final completeness line).
/// </summary>
internal sealed class ProgressReporter
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly CliContext _context;
    private readonly string _name;
    private long _lastDrawn = long.MinValue;
    private int _lastLength;

    /// <summary>Creates a reporter for the collection <paramref name="name"/>.</summary>
    public ProgressReporter(CliContext context, string name)
    {
        _context = context;
        _name = name;
    }

    /// <summary>Redraws the line when enough time has passed since the last redraw.</summary>
    public void Report(long written, int? expected, string? detail = null)
    {
        if (!_context.StderrIsTerminal)
        {
            return;
        }

        var now = _context.TimeProvider.GetTimestamp();
        if (_lastDrawn != long.MinValue && _context.TimeProvider.GetElapsedTime(_lastDrawn, now) < Interval)
        {
            return;
        }

        _lastDrawn = now;
        var line = expected is null
            ? string.Create(CultureInfo.InvariantCulture, $"exported {written} {_name}")
            : string.Create(CultureInfo.InvariantCulture, $"exported {written}/{expected} {_name}");
        line = detail is null ? line : $"{line} ({detail})";
        _context.Stderr.Write("\r" + line.PadRight(_lastLength));
        _context.Stderr.Flush();
        _lastLength = line.Length;
    }

    /// <summary>Clears the live line so the next line starts on a clean row.</summary>
    public void Clear()
    {
        if (_lastLength > 0)
        {
            _context.Stderr.Write("\r" + new string(' ', _lastLength) + "\r");
            _lastLength = 0;
        }
    }
}
