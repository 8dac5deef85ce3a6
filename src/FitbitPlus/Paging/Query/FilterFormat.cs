using System.Globalization;

namespace FitbitPlus.Paging;

/// <summary>Formats filter values the way the API expects them (date-time ranges, comma-separated id lists).</summary>
public static class FilterFormat
{
    // ISO 8601 with the offset always written, and no trailing zero fractions.
    private const string IsoFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    // The publisher documents only start..end, so an open side is sent as an explicit bound: the Unix epoch for an open
    // start (the API holds nothing older) and the last second of 9999 for an open end.
    private static readonly DateTimeOffset OpenStart = DateTimeOffset.UnixEpoch;
    private static readonly DateTimeOffset OpenEnd = new(9999, 12, 31, 23, 59, 59, TimeSpan.Zero);

    /// <summary>
    /// A date-time range <c>start..end</c> for filters such as <c>filter[created_at]</c>; either side may be open but
    /// not both. The wire always carries both ends: an open start is 1970-01-01T00:00:00+00:00, an open end
    /// 9999-12-31T23:59:59+00:00.
    /// </summary>
    public static string DateRange(DateTimeOffset? start, DateTimeOffset? end)
    {
        if (start is null && end is null)
        {
            throw new ArgumentException("A date-time range needs a start, an end, or both.", nameof(start));
        }

        if (start > end)
        {
            throw new ArgumentException($"The range starts ({Iso(start!.Value)}) after it ends ({Iso(end!.Value)}).", nameof(start));
        }

        return Iso(start ?? OpenStart) + ".." + Iso(end ?? OpenEnd);
    }

    /// <summary>One date-time in the API's ISO 8601 form, offset included.</summary>
    public static string Iso(DateTimeOffset value) => value.ToString(IsoFormat, CultureInfo.InvariantCulture);

    /// <summary>A comma-separated id list (for example <c>filter[groups]</c>); rejects empty ids and ids containing commas.</summary>
    public static string IdList(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var list = new List<string>();
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException("An id list cannot contain a null or blank id.", nameof(ids));
            }

            if (id.Contains(',', StringComparison.Ordinal))
            {
                throw new ArgumentException($"The id '{id}' contains a comma, which would split it in a comma-separated list.", nameof(ids));
            }

            list.Add(id);
        }

        if (list.Count == 0)
        {
            throw new ArgumentException("An id list needs at least one id.", nameof(ids));
        }

        return string.Join(',', list);
    }

    /// <summary>A comma-separated id list; see <see cref="IdList(IEnumerable{string})"/>.</summary>
    public static string IdList(params string[] ids) => IdList((IEnumerable<string>)ids);
}
