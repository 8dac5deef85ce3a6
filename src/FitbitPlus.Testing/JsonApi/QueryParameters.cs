using System.Text;

namespace FitbitPlus.Mock.JsonApi;

/// <summary>Query parameters parsed from a raw query string, grouped by name in order of first appearance.</summary>
/// <remarks>
/// Parsed by <see cref="System.Web.HttpUtility.ParseQueryString(string)"/>, the same rule as the client's paging code:
/// <c>+</c> and <c>%20</c> are a space, <c>%2B</c> is a plus (so a date-time offset must be sent as <c>%2B01:00</c>).
/// </remarks>
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

        var parsed = System.Web.HttpUtility.ParseQueryString(rawQuery);
        foreach (var name in parsed.AllKeys)
        {
            foreach (var value in parsed.GetValues(name) ?? [])
            {
                // A bare "name" (no '=') is filed under the null key with the name as its value.
                pairs.Add(name is null ? new(value, string.Empty) : new(name, value));
            }
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
