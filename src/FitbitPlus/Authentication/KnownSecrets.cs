using System.Diagnostics.CodeAnalysis;

namespace FitbitPlus.Authentication;

/// <summary>
/// The client secrets and tokens this process holds, so that every <see cref="FitbitPlusException"/> masks them as it
/// is built, whichever path builds it and whatever a server echoed. Process-wide on purpose: an exception cannot know
/// which client it belongs to, and masking another client's secret is harmless. Bounded to the most recent
/// <see cref="Capacity"/> values; values shorter than <see cref="MinLength"/> are not secrets worth masking.
/// </summary>
internal static class KnownSecrets
{
    /// <summary>How many values are remembered (oldest forgotten first); tokens rotate, so old ones matter less.</summary>
    public const int Capacity = 64;

    /// <summary>Shorter values are ignored: masking "a" would garble every message.</summary>
    public const int MinLength = 6;

    // Shortest tail of a cut-off excerpt that is masked when it is the start of a secret.
    private const int MinPartialLength = 4;
    private const string Mask = "***";
    private static readonly object Gate = new();
    private static string[] _values = [];

    /// <summary>Remembers a secret value (a client secret, an access or refresh token).</summary>
    public static void Add(string? value)
    {
        if (value is null || value.Length < MinLength)
        {
            return;
        }

        lock (Gate)
        {
            if (Array.IndexOf(_values, value) >= 0)
            {
                return;
            }

            var kept = _values.Length < Capacity ? _values : _values[1..];
            Volatile.Write(ref _values, [.. kept, value]);
        }
    }

    /// <summary>Masks every known secret in <paramref name="text"/>, also one cut off at the end of an excerpt ("…").</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var values = Volatile.Read(ref _values);
        foreach (var value in values)
        {
            text = text.Replace(value, Mask, StringComparison.Ordinal);
        }

        return text.EndsWith('…') ? MaskCutOffTail(text, values) : text;
    }

    private static string MaskCutOffTail(string text, string[] values)
    {
        var body = text[..^1];
        foreach (var value in values)
        {
            for (var length = Math.Min(value.Length - 1, body.Length); length >= MinPartialLength; length--)
            {
                if (body.EndsWith(value.AsSpan(0, length), StringComparison.Ordinal))
                {
                    return body[..^length] + Mask + "…";
                }
            }
        }

        return text;
    }
}
