using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Cli.Output;

/// <summary>RFC 4180 fields: JSON values as text, quoted when they contain a comma, quote or line break.</summary>
internal static class CsvField
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>The text of a JSON value: strings (dates included) as is, null as empty, numbers and booleans in JSON form, objects and arrays as compact JSON.</summary>
    public static string ToText(JToken? value) => value switch
    {
        null => string.Empty,
        JValue { Type: JTokenType.Null or JTokenType.Undefined } => string.Empty,
        JValue { Type: JTokenType.String } text => (string)text!,
        JValue { Type: JTokenType.Integer or JTokenType.Float or JTokenType.Boolean } scalar => scalar.ToString(Formatting.None),
        // Dates arrive as strings (date parsing is off); a parsed one is still written in its ISO 8601 JSON form.
        JValue { Type: JTokenType.Date } date => date.ToString(Formatting.None).Trim('"'),
        JValue scalar => Convert.ToString(scalar.Value, CultureInfo.InvariantCulture) ?? string.Empty,
        _ => value.ToString(Formatting.None),
    };

    /// <summary>The field as written in a CSV record.</summary>
    public static string Escape(string text) =>
        text.IndexOfAny(NeedsQuotes) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
