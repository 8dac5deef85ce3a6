using System.Globalization;

namespace FitbitPlus.Paging;

/// <summary>
/// A date-time range filter as the API documents it: <c>start..end</c>, start inclusive, end exclusive, either end
/// optional, each an ISO 8601 date-time with its offset.
/// </summary>
public readonly record struct DateTimeRange
{
    /// <summary>Creates a range; at least one bound is required and the start must come before the end.</summary>
    /// <exception cref="ArgumentException">Both bounds are missing, or the start is not before the end.</exception>
    public DateTimeRange(DateTimeOffset? start, DateTimeOffset? end)
    {
        if (start is null && end is null)
        {
            throw new ArgumentException("A date-time range needs a start, an end, or both.", nameof(start));
        }

        if (start >= end)
        {
            throw new ArgumentException($"The range start {start:o} is not before its end {end:o}.", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>The inclusive start, or <see langword="null"/> for an open start.</summary>
    public DateTimeOffset? Start { get; }

    /// <summary>The exclusive end, or <see langword="null"/> for an open end.</summary>
    public DateTimeOffset? End { get; }

    /// <summary>From <paramref name="start"/> (inclusive) on.</summary>
    public static DateTimeRange Since(DateTimeOffset start) => new(start, null);

    /// <summary>Before <paramref name="end"/> (exclusive).</summary>
    public static DateTimeRange Before(DateTimeOffset end) => new(null, end);

    /// <summary>From <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public static DateTimeRange Between(DateTimeOffset start, DateTimeOffset end) => new(start, end);

    /// <summary>The wire form, <c>2017-11-01T00:00:00.0000000-04:00..2017-12-01T00:00:00.0000000-05:00</c>.</summary>
    public override string ToString() => $"{Format(Start)}..{Format(End)}";

    private static string Format(DateTimeOffset? value) => value?.ToString("o", CultureInfo.InvariantCulture) ?? string.Empty;
}
