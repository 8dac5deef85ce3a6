using System.Globalization;
using FitbitPlus.Paging;

namespace FitbitPlus.Paging;

/// <summary>
/// A date-time range for <c>filter[created_at]</c> and <c>filter[updated_at]</c>: start inclusive, end exclusive,
/// either end optional, written <c>start..end</c> in ISO 8601 with the offset (the API's documented form, e.g.
/// <c>2017-11-01T00:00:00-04:00..2017-12-01T00:00:00-05:00</c>); an open end is written as an explicit bound
/// (see <see cref="FilterFormat.DateRange"/>), never left empty.
/// </summary>
public sealed record DateTimeRange
{
    private const string Separator = "..";

    // ISO 8601 forms accepted by Parse; "K" takes Z, an offset, or none (then UTC is assumed).
    private static readonly string[] IsoForms =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd",
    ];

    /// <summary>Creates a range; at least one end is required and the start may not lie after the end.</summary>
    /// <exception cref="ArgumentException">Both ends are missing, or the start lies after the end.</exception>
    public DateTimeRange(DateTimeOffset? start, DateTimeOffset? end)
    {
        if (start is null && end is null)
        {
            throw new ArgumentException("A date-time range needs a start, an end, or both.", nameof(start));
        }

        if (start > end)
        {
            throw new ArgumentException($"The range starts ({FilterFormat.Iso(start.Value)}) after it ends ({FilterFormat.Iso(end!.Value)}).", nameof(start));
        }

        Start = start;
        End = end;
    }

    /// <summary>The first instant in the range (inclusive), or <see langword="null"/> for no lower bound.</summary>
    public DateTimeOffset? Start { get; }

    /// <summary>The instant the range stops before (exclusive), or <see langword="null"/> for no upper bound.</summary>
    public DateTimeOffset? End { get; }

    /// <summary>True when no instant can lie in the range (start equals end).</summary>
    public bool IsEmpty => Start is not null && Start == End;

    /// <summary>Everything from <paramref name="start"/> on: <c>start..</c>.</summary>
    public static DateTimeRange From(DateTimeOffset start) => new(start, null);

    /// <summary>Everything before <paramref name="end"/>: <c>..end</c>.</summary>
    public static DateTimeRange Before(DateTimeOffset end) => new(null, end);

    /// <summary>True when <paramref name="instant"/> lies in the range (start inclusive, end exclusive).</summary>
    public bool Contains(DateTimeOffset instant) => (Start is null || instant >= Start) && (End is null || instant < End);

    /// <summary>The wire text, <c>start..end</c>, each end in ISO 8601 with its own offset; an open end becomes an explicit bound.</summary>
    public string Format() => FilterFormat.DateRange(Start, End);

    /// <summary>The wire text; see <see cref="Format"/>.</summary>
    public override string ToString() => Format();

    /// <summary>Reads <c>start..end</c>, <c>start..</c> or <c>..end</c> (ISO 8601; a value without offset is UTC).</summary>
    /// <exception cref="FormatException">The text is not such a range.</exception>
    public static DateTimeRange Parse(string text) =>
        TryParse(text, out var range, out var problem) ? range : throw new FormatException(problem);

    /// <summary>Reads a range like <see cref="Parse"/>; <see langword="false"/> when the text is not one.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DateTimeRange? range) =>
        TryParse(text, out range, out _);

    private static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DateTimeRange? range, out string problem)
    {
        range = null;
        var at = text?.IndexOf(Separator, StringComparison.Ordinal) ?? -1;
        if (text is null || at < 0 || text.IndexOf(Separator, at + Separator.Length, StringComparison.Ordinal) >= 0)
        {
            problem = $"'{text}' is not a date-time range: expected start..end, start.. or ..end.";
            return false;
        }

        var startText = text[..at].Trim();
        var endText = text[(at + Separator.Length)..].Trim();
        if (startText.Length == 0 && endText.Length == 0)
        {
            problem = "A date-time range needs a start, an end, or both.";
            return false;
        }

        DateTimeOffset? start = null;
        DateTimeOffset? end = null;
        if ((startText.Length > 0 && !TryParseInstant(startText, out start)) || (endText.Length > 0 && !TryParseInstant(endText, out end)))
        {
            problem = $"'{text}' is not a date-time range: each end must be an ISO 8601 date-time such as 2017-11-01T00:00:00-04:00.";
            return false;
        }

        if (start > end)
        {
            problem = $"The range '{text}' starts after it ends.";
            return false;
        }

        range = new DateTimeRange(start, end);
        problem = string.Empty;
        return true;
    }

    private static bool TryParseInstant(string text, out DateTimeOffset? instant)
    {
        var ok = DateTimeOffset.TryParseExact(text, IsoForms, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value);
        instant = ok ? value : null;
        return ok;
    }
}
