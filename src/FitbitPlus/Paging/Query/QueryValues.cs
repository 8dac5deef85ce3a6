using System.Globalization;

namespace FitbitPlus.Paging;

/// <summary>Formats typed filter values of the generated resource clients into their query-string text.</summary>
internal static class QueryValues
{
    /// <summary>Comma-joins include paths; <see langword="null"/> or empty means no <c>include</c> parameter.</summary>
    public static string? Join(IEnumerable<string>? values)
    {
        var list = values?.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        return list is null || list.Count == 0 ? null : string.Join(',', list);
    }

    public static void Add(CollectionQuery query, string name, string? value)
    {
        if (value is not null)
        {
            query.Filters[name] = value;
        }
    }

    public static void Add(CollectionQuery query, string name, bool? value) =>
        Add(query, name, value is null ? null : value.Value ? "true" : "false");

    public static void Add(CollectionQuery query, string name, int? value) =>
        Add(query, name, value?.ToString(CultureInfo.InvariantCulture));

    public static void Add(CollectionQuery query, string name, DateTimeOffset? value) =>
        Add(query, name, value?.ToString("o", CultureInfo.InvariantCulture));

    public static void Add(CollectionQuery query, string name, DateTimeRange? value) =>
        Add(query, name, value?.Format());
}
