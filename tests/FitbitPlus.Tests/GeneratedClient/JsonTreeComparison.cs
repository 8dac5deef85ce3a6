using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.GeneratedClient;

/// <summary>
/// Checks that every value of an original JSON tree is in a round-tripped one, at the same path: numbers by value,
/// date-time strings as instants, empty objects and arrays as values. Members the round trip adds are not checked.
/// </summary>
internal sealed partial class JsonTreeComparison
{
    private readonly List<(string Path, string Problem)> _problems = [];

    private JsonTreeComparison()
    {
    }

    /// <summary>Values of the original that were compared (leaves, empty objects and empty arrays).</summary>
    public int ValuesCompared { get; private set; }

    /// <summary>Each value lost or changed: its JSON path and what happened.</summary>
    public IReadOnlyList<(string Path, string Problem)> Problems => _problems;

    /// <summary>Compares <paramref name="original"/> with <paramref name="roundTripped"/>.</summary>
    public static JsonTreeComparison Compare(JToken original, JToken? roundTripped)
    {
        var comparison = new JsonTreeComparison();
        comparison.Walk(original, roundTripped, "$");
        return comparison;
    }

    private void Walk(JToken original, JToken? actual, string path)
    {
        switch (original)
        {
            case JObject { Count: > 0 } obj:
                foreach (var property in obj.Properties())
                {
                    var childPath = path + "." + property.Name;
                    if (actual is JObject actualObject && actualObject.TryGetValue(property.Name, out var child))
                    {
                        Walk(property.Value, child, childPath);
                    }
                    else
                    {
                        Lost(property.Value, childPath, actual is JObject ? "lost" : $"lost (parent became {Describe(actual)})");
                    }
                }

                break;
            case JArray { Count: > 0 } array:
                if (actual is not JArray actualArray || actualArray.Count != array.Count)
                {
                    Lost(array, path, $"array of {array.Count} became {Describe(actual)}");
                    break;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], actualArray[i], $"{path}[{i}]");
                }

                break;
            default:
                ValuesCompared++;
                if (!SameValue(original, actual))
                {
                    _problems.Add((path, $"{original.ToString(Newtonsoft.Json.Formatting.None)} became {Describe(actual)}"));
                }

                break;
        }
    }

    // Every value under a lost member counts as lost.
    private void Lost(JToken original, string path, string problem)
    {
        var values = CountValues(original);
        ValuesCompared += values;
        _problems.Add((path, values == 1 ? problem : $"{problem} ({values} values)"));
    }

    private static int CountValues(JToken token) => token switch
    {
        JObject { Count: > 0 } obj => obj.Properties().Sum(p => CountValues(p.Value)),
        JArray { Count: > 0 } array => array.Sum(CountValues),
        _ => 1,
    };

    private static bool SameValue(JToken original, JToken? actual)
    {
        if (actual is null)
        {
            return false;
        }

        if (original is JContainer || actual is JContainer)
        {
            // Empty object/array in the original: the same empty container must come back.
            return original.Type == actual.Type && !actual.HasValues;
        }

        var (a, b) = ((JValue)original, (JValue)actual);
        if (a.Type is JTokenType.Integer or JTokenType.Float && b.Type is JTokenType.Integer or JTokenType.Float)
        {
            return Convert.ToDecimal(a.Value, CultureInfo.InvariantCulture) == Convert.ToDecimal(b.Value, CultureInfo.InvariantCulture);
        }

        if (a.Type == JTokenType.String && b.Type == JTokenType.String && Instant(a) is { } x && Instant(b) is { } y)
        {
            return x == y;
        }

        return a.Type == b.Type && Equals(a.Value, b.Value);
    }

    private static DateTimeOffset? Instant(JValue value) =>
        value.Value is string text && DatePattern().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : null;

    private static string Describe(JToken? token) => token switch
    {
        null => "missing",
        JObject => "an object",
        JArray array => $"an array of {array.Count}",
        _ => token.ToString(Newtonsoft.Json.Formatting.None),
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex DatePattern();
}
