using System.Globalization;
using System.Text.Json;

namespace FitbitPlus.Authentication;

/// <summary>
/// Reads <c>expires_in</c>: an integral number or numeric string of seconds, a decimal is floored (3600.5 → 3600).
/// Values outside 1 s .. <see cref="MaxSeconds"/> are refused: a token "valid for 68 years" would never be renewed.
/// </summary>
internal static class TokenLifetime
{
    /// <summary>Longest accepted lifetime: one year.</summary>
    public const long MaxSeconds = 365L * 24 * 60 * 60;

    /// <summary>The lifetime in seconds, or null and the reason (without the value when it is not a number).</summary>
    public static (long? Seconds, string Problem) Read(JsonElement attributes)
    {
        if (!attributes.TryGetProperty("expires_in", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return (null, "is missing");
        }

        double? number = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDouble(out var d) => d,
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };
        if (number is not { } seconds || double.IsNaN(seconds) || double.IsInfinity(seconds))
        {
            return (null, $"is not a number of seconds (a JSON {value.ValueKind})");
        }

        var whole = Math.Floor(seconds);
        if (whole < 1 || whole > MaxSeconds)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"is {whole} seconds, outside the accepted 1 to {MaxSeconds} (one year)"));
        }

        return ((long)whole, string.Empty);
    }
}
