using System.Text;

namespace FitbitPlus.Mock.JsonApi;

/// <summary>Query parameters parsed from a raw query string, order preserved.</summary>
/// <remarks>'+' stays a literal plus so that date-time offsets survive unencoded (e.g. <c>+01:00</c>).</remarks>
internal sealed class QueryParameters
{
    private readonly List<KeyValuePair<string, string>> _pairs;

    private QueryParameters(List<KeyValuePair<string, string>> pairs) => _pairs = pairs;

    /// <summary>All pairs in request order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    /// <summary>Parses a raw query string with or without the leading '?'.</summary>
    public static QueryParameters Parse(string? rawQuery)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (string.IsNullOrEmpty(rawQuery))
        {
            return new QueryParameters(pairs);
        }

        foreach (var part in rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
            pairs.Add(new(Uri.UnescapeDataString(name), Uri.UnescapeDataString(value)));
        }

        return new QueryParameters(pairs);
    }

    /// <summary>The last value of <paramref name="name"/>, or null when absent.</summary>
    public string? Get(string name)
    {
        string? found = null;
        foreach (var pair in _pairs)
        {
            if (pair.Key == name)
            {
                found = pair.Value;
            }
        }

        return found;
    }

    /// <summary>True when the parameter is present (even if empty).</summary>
    public bool Has(string name) => _pairs.Exists(p => p.Key == name);

    /// <summary>Builds a query string (without '?') from pairs, keeping brackets, commas and colons readable.</summary>
    public static string Format(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var builder = new StringBuilder();
        foreach (var pair in pairs)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(Escape(pair.Key, "[]")).Append('=').Append(Escape(pair.Value, ",:"));
        }

        return builder.ToString();
    }

    private static string Escape(string text, string keep)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (b < 128 && (char.IsAsciiLetterOrDigit(c) || "-._~".Contains(c, StringComparison.Ordinal) || keep.Contains(c, StringComparison.Ordinal)))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
