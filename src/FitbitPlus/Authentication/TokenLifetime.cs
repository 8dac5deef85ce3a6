using System.Globalization;
using System.Text.Json;

namespace FitbitPlus.Authentication;

/// <summary>
/// Reads <c>expires_in</c>: a JSON integer of seconds (RFC 6749 §5.1); a string or a fraction is refused, not guessed at.
/// Values outside 1 s .. <see cref="MaxSeconds"/> are refused: a token "valid for 68 years" would never be renewed.
/// </summary>
internal static class TokenLifetime
{
    /// <summary>Longest accepted lifetime: one year.</summary>
    public const long MaxSeconds = 365L * 24 * 60 * 60;

    /// <summary>The lifetime in seconds, or null and the reason (never quoting the value).</summary>
    public static (long? Seconds, string Problem) Read(JsonElement attributes)
    {
        if (!attributes.TryGetProperty("expires_in", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return (null, "is missing");
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            return (null, $"is not a JSON integer of seconds (a JSON {value.ValueKind})");
        }

        if (!value.TryGetInt64(out var seconds))
        {
            // TryGetInt64 refuses 3600.5, 3600.0 and 3.6e3 alike: RFC 6749 asks for an integer.
            return (null, "is not a JSON integer of seconds (a number with a fraction or an exponent)");
        }

        return seconds is < 1 or > MaxSeconds
            ? (null, string.Create(CultureInfo.InvariantCulture, $"is outside the accepted 1 to {MaxSeconds} seconds (one year)"))
            : (seconds, string.Empty);
    }
}
