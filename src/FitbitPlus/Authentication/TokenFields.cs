using System.Text.Json;

namespace FitbitPlus.Authentication;

/// <summary>
/// Holds a token answer to RFC 6749 §5.1 where this API puts the fields (<c>data.attributes</c>): <c>access_token</c> a
/// non-empty JSON string, <c>refresh_token</c> a JSON string when present, <c>token_type</c> present and <c>bearer</c> in
/// any case (§7.1). <c>expires_in</c> is read by <see cref="TokenLifetime"/>. Problems name the field, never its value.
/// </summary>
internal static class TokenFields
{
    /// <summary>The first problem as "data.attributes.{field} ...", or <see langword="null"/> when the fields are usable.</summary>
    public static string? Problem(JsonElement attributes) =>
        StringProblem(attributes, "access_token", required: true)
        ?? StringProblem(attributes, "refresh_token", required: false)
        ?? StringProblem(attributes, "token_type", required: true)
        ?? (string.Equals(attributes.GetProperty("token_type").GetString(), "bearer", StringComparison.OrdinalIgnoreCase)
            ? null
            : "data.attributes.token_type is not 'bearer', the only token type this client can send");

    private static string? StringProblem(JsonElement attributes, string field, bool required)
    {
        if (!attributes.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? $"data.attributes.{field} is missing" : null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return $"data.attributes.{field} is not a JSON string (a JSON {value.ValueKind})";
        }

        return required && value.GetString() is "" ? $"data.attributes.{field} is empty" : null;
    }
}
