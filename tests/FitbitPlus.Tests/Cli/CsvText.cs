using System.Text;

namespace FitbitPlus.Tests.Cli;

/// <summary>A strict RFC 4180 reader for checking the tool's CSV (quoted fields may hold commas, quotes and line breaks).</summary>
internal static class CsvText
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else if (c is '"' or '\r' or '\n')
            {
                throw new FormatException($"Unquoted '{c}' at offset {i}.");
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted || field.Length > 0 || fields.Count > 0)
        {
            throw new FormatException("The last record does not end with CRLF.");
        }

        return records;
    }
}
