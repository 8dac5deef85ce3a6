using System.Globalization;
using FitbitPlus.Mock.JsonApi;

namespace FitbitPlus.Mock.Filtering;

/// <summary>A <c>start..end</c> range (start inclusive, end exclusive); the publisher documents only both ends.</summary>
internal sealed record DateTimeRange(DateTimeOffset? Start, DateTimeOffset? End)
{
    /// <summary>Parses <c>a..b</c>; an open end (<c>a..</c>, <c>..b</c>) or a single instant is refused (409), as undocumented.</summary>
    public static DateTimeRange Parse(string parameter, string value)
    {
        var separator = value.IndexOf("..", StringComparison.Ordinal);
        var start = separator < 0 ? string.Empty : value[..separator];
        var end = separator < 0 ? string.Empty : value[(separator + 2)..];
        if (start.Length == 0 || end.Length == 0)
        {
            throw MockApiException.BadParameter(parameter, $"{parameter} must be start..end with both ends (ISO 8601), not '{value}'.");
        }

        return new DateTimeRange(ParseInstant(parameter, start), ParseInstant(parameter, end));
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
