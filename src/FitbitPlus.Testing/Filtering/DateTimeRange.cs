using System.Globalization;
using FitbitPlus.Mock.JsonApi;

namespace FitbitPlus.Mock.Filtering;

/// <summary>A <c>start..end</c> range (start inclusive, end exclusive, either side optional).</summary>
internal sealed record DateTimeRange(DateTimeOffset? Start, DateTimeOffset? End)
{
    /// <summary>Parses <c>a..b</c>, <c>a..</c>, <c>..b</c>; a value without <c>..</c> is a lower bound.</summary>
    public static DateTimeRange Parse(string parameter, string value)
    {
        var separator = value.IndexOf("..", StringComparison.Ordinal);
        if (separator < 0)
        {
            return new DateTimeRange(ParseInstant(parameter, value), null);
        }

        var start = value[..separator];
        var end = value[(separator + 2)..];
        if (start.Length == 0 && end.Length == 0)
        {
            throw MockApiException.BadParameter(parameter, $"{parameter} needs at least one bound: start..end.");
        }

        return new DateTimeRange(
            start.Length == 0 ? null : ParseInstant(parameter, start),
            end.Length == 0 ? null : ParseInstant(parameter, end));
    }

    /// <summary>Parses one ISO 8601 instant; values without offset are UTC.</summary>
    public static DateTimeOffset ParseInstant(string parameter, string value)
    {
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        throw MockApiException.BadParameter(parameter, $"{parameter} value '{value}' is not an ISO 8601 date-time.");
    }

    /// <summary>True when <paramref name="instant"/> lies in the range.</summary>
    public bool Contains(DateTimeOffset instant) => (Start is null || instant >= Start) && (End is null || instant < End);
}
