using System.Text;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Cli.Output;

/// <summary>
/// Flattens a JSON value into leaf paths for CSV: objects become <c>a.b</c>, arrays of at most
/// <see cref="MaxArrayItems"/> items become <c>a[0]</c>, <c>a[1]</c>; longer arrays and empty arrays stay one leaf whose
/// cell is compact JSON. An empty object has no leaves (no value to put in a cell), so no cell holds a JSON object.
/// </summary>
internal static class JsonLeaves
{
    /// <summary>Arrays longer than this are one JSON cell instead of one column per item (a spreadsheet stays readable).</summary>
    public const int MaxArrayItems = 5;

    /// <summary>The leaves of <paramref name="value"/> under <paramref name="path"/>, in document order.</summary>
    public static IEnumerable<(string Path, JToken Value)> Of(string path, JToken? value)
    {
        switch (value)
        {
            case JObject { Count: > 0 } obj:
                foreach (var property in obj.Properties())
                {
                    foreach (var leaf in Of(path.Length == 0 ? property.Name : path + "." + property.Name, property.Value))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JArray { Count: > 0 and <= MaxArrayItems } array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var leaf in Of($"{path}[{i}]", array[i]))
                    {
                        yield return leaf;
                    }
                }

                break;
            case null or JObject { Count: 0 }:
                break;
            default:
                yield return (path, value);
                break;
        }
    }

    /// <summary>The path with array indexes removed (<c>addresses[1].city</c> → <c>addresses[].city</c>).</summary>
    public static string Template(string path)
    {
        var sb = new StringBuilder(path.Length);
        var inIndex = false;
        foreach (var c in path)
        {
            if (c == '[')
            {
                inIndex = true;
                sb.Append('[');
            }
            else if (c == ']')
            {
                inIndex = false;
                sb.Append(']');
            }
            else if (!inIndex)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The path cut into segments (<c>addresses[1]</c>, <c>city</c>), each with its index (-1 when none).</summary>
    public static IEnumerable<(string Prefix, int Index)> Segments(string path)
    {
        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i < path.Length && path[i] != '.' && path[i] != '[')
            {
                continue;
            }

            if (i < path.Length && path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                var index = int.Parse(path.AsSpan(i + 1, close - i - 1), System.Globalization.CultureInfo.InvariantCulture);
                yield return (Template(path[..(close + 1)]), index);
                i = close;
                start = close + 1;
                continue;
            }

            if (i > start)
            {
                yield return (Template(path[..i]), -1);
            }

            start = i + 1;
        }
    }
}
