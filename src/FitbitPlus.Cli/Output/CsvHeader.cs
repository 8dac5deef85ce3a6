using System.Text;

namespace FitbitPlus.Cli.Output;

/// <summary>Reads the header row of an existing CSV file (RFC 4180: quoted fields, doubled quotes), so rows can be appended under it.</summary>
internal static class CsvHeader
{
    /// <summary>The header fields, or <see langword="null"/> when the file is missing or empty.</summary>
    public static IReadOnlyList<string>? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = new StreamReader(path, new UTF8Encoding(false));
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var c = (char)next;
            if (quoted)
            {
                if (c == '"' && reader.Peek() == '"')
                {
                    field.Append('"');
                    reader.Read();
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
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                break;
            }
            else
            {
                field.Append(c);
            }
        }

        if (fields.Count == 0 && field.Length == 0)
        {
            return null;
        }

        fields.Add(field.ToString());
        if (fields.Count < 2 || fields[0] != "id" || fields[1] != "type")
        {
            throw new UsageException($"'{path}' does not start with the header of an export (id,type,...); rows cannot be appended to it.");
        }

        return fields;
    }
}
