using System.Diagnostics.CodeAnalysis;

namespace FitbitPlus.Authentication;

/// <summary>
/// The secret sets (<see cref="ClientSecrets"/>) of every live client in the process, so that every
/// <see cref="FitbitPlusException"/> masks them as it is built, whichever path builds it and whatever a server echoed.
/// Process-wide on purpose: an exception cannot know which client it belongs to, and masking another client's secret
/// is harmless. Holds the sets weakly: a client that is collected without being disposed drops out too.
/// </summary>
internal static class KnownSecrets
{
    /// <summary>Shorter values are ignored: masking "a" would garble every message.</summary>
    public const int MinLength = 6;

    // Shortest tail of a cut-off excerpt that is masked when it is the start of a secret.
    private const int MinPartialLength = 4;
    private const string Mask = "***";
    private static readonly object Gate = new();
    private static WeakReference<ClientSecrets>[] _live = [];

    /// <summary>True when <paramref name="value"/> is long enough to be worth masking.</summary>
    public static bool IsMaskable([NotNullWhen(true)] string? value) => value is not null && value.Length >= MinLength;

    /// <summary>How many secret sets are registered and not yet collected (for tests).</summary>
    internal static int LiveCount => Volatile.Read(ref _live).Count(r => r.TryGetTarget(out _));

    /// <summary>Starts masking the values of <paramref name="secrets"/>.</summary>
    public static void Register(ClientSecrets secrets)
    {
        lock (Gate)
        {
            // Dropping collected sets here keeps the list as long as the live clients (plus those collected since).
            Volatile.Write(ref _live, [.. _live.Where(r => r.TryGetTarget(out _)), new WeakReference<ClientSecrets>(secrets)]);
        }
    }

    /// <summary>Stops masking the values of <paramref name="secrets"/>.</summary>
    public static void Unregister(ClientSecrets secrets)
    {
        lock (Gate)
        {
            Volatile.Write(ref _live, _live.Where(r => r.TryGetTarget(out var target) && !ReferenceEquals(target, secrets)).ToArray());
        }
    }

    /// <summary>Every value to mask now, longest first (so a token that contains another is masked whole), without duplicates.</summary>
    public static string[] Snapshot()
    {
        var live = Volatile.Read(ref _live);
        if (live.Length == 0)
        {
            return [];
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in live)
        {
            if (reference.TryGetTarget(out var secrets))
            {
                values.UnionWith(secrets.Values);
            }
        }

        return values.OrderByDescending(v => v.Length).ToArray();
    }

    /// <summary>Masks every value of every live client in <paramref name="text"/>, also one cut off at the end of an excerpt ("…").</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Redact(string? text) => string.IsNullOrEmpty(text) ? text : Redact(text, Snapshot());

    /// <summary>Masks each of <paramref name="values"/> (from <see cref="Snapshot"/>) in <paramref name="text"/>.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Redact(string? text, string[] values)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

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
