using System.Diagnostics.CodeAnalysis;

namespace FitbitPlus.Authentication;

/// <summary>Masks known secret values in text that is about to reach an exception or a log.</summary>
internal static class SecretRedactor
{
    /// <summary>Replaces every occurrence of each non-empty secret with <c>***</c>.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Redact(string? text, params string?[] secrets)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in secrets)
        {
            if (!string.IsNullOrEmpty(secret))
            {
                text = text.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        return text;
    }
}
