using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Cli.Output;

/// <summary>
/// RFC 4180 fields: JSON values as text, quoted when they contain a comma, quote or line break; text a spreadsheet
/// would run as a formula is neutralised as OWASP's CSV-injection guidance describes.
/// </summary>
internal static class CsvField
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    // OWASP "CSV Injection": a cell starting with one of these is a formula (or becomes one) in Excel, LibreOffice and Sheets.
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

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

    /// <summary>
    /// The cell of a JSON value as written in a CSV record. A JSON number (<c>-5</c>) is data, not a formula, and is
    /// written as is so that spreadsheets still read it as a number; any other value is neutralised like <see cref="Escape"/>.
    /// </summary>
    public static string Cell(JToken? value) =>
        value is JValue { Type: JTokenType.Integer or JTokenType.Float } number ? Quote(ToText(number)) : Escape(ToText(value));

    /// <summary>
    /// The field as written in a CSV record: text starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage
    /// return gets a leading single quote and is quoted (OWASP), so a spreadsheet shows it as text instead of running it.
    /// </summary>
    public static string Escape(string text) =>
        text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0
            ? "\"'" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : Quote(text);

    private static string Quote(string text) =>
        text.IndexOfAny(NeedsQuotes) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
