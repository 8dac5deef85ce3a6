using System.Globalization;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.JsonApi;

/// <summary>Small helpers to read JSON values written by clients (dates are kept as strings in the store).</summary>
internal static class JsonValues
{
    /// <summary>The canonical way the mock writes instants: ISO 8601 UTC with milliseconds.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The instant a token holds, or null when absent or unparsable.</summary>
    public static DateTimeOffset? AsInstant(JToken? token) => token?.Type switch
    {
        JTokenType.Date => token.Value<DateTime>() is var d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null,
        JTokenType.String => DateTimeOffset.TryParse(token.Value<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null,
        _ => null,
    };

    /// <summary>True when the token is absent or JSON null.</summary>
    public static bool IsMissing(JToken? token) => token is null || token.Type == JTokenType.Null;

    /// <summary>The string a token holds, or null when it is not a JSON string.</summary>
    public static string? AsString(JToken? token) => token?.Type == JTokenType.String ? token.Value<string>() : null;

    /// <summary>True when the token is a number.</summary>
    public static bool IsNumber(JToken? token) => token?.Type is JTokenType.Integer or JTokenType.Float;
}
