using System.Globalization;

namespace FitbitPlus.Mock.Store;

/// <summary>
/// Deterministic, readable ids: a per-type prefix and a zero-padded counter (e.g. <c>p000051</c>); digits only where
/// the spec's links pattern allows only digits (health_question_definition).
/// </summary>
internal static class ResourceIds
{
    private static readonly Dictionary<string, (string Prefix, int Width)> Formats = new(StringComparer.Ordinal)
    {
        ["organization"] = ("o", 1),
        ["group"] = ("g", 2),
        ["coach"] = ("c", 3),
        ["patient"] = ("p", 6),
        ["patient_plan_summary"] = ("plan", 6),
        ["action"] = ("act", 6),
        ["bundle"] = ("bun", 6),
        ["calendar_event"] = ("ce", 6),
        ["calendar_event_response"] = ("cer", 6),
        ["email_history"] = ("em", 6),
        ["health_profile"] = ("hp", 6),
        ["health_profile_question"] = ("hpq", 6),
        ["health_profile_answer"] = ("hpa", 6),
        ["health_question_definition"] = (string.Empty, 3),
        ["patient_health_metric"] = ("phm", 6),
        ["result"] = ("res", 6),
        ["reward_program"] = ("rp", 3),
        ["reward_program_activation"] = ("rpa", 6),
        ["reward"] = ("rw", 6),
        ["reward_earning"] = ("rwe", 6),
        ["reward_earning_fulfillment"] = ("rwf", 6),
        ["token"] = ("t", 6),
    };

    /// <summary>The id number <paramref name="number"/> of <paramref name="type"/>.</summary>
    public static string Format(string type, int number)
    {
        var (prefix, width) = Formats.TryGetValue(type, out var format) ? format : (type + "-", 6);
        return prefix + number.ToString(new string('0', width), CultureInfo.InvariantCulture);
    }
}
