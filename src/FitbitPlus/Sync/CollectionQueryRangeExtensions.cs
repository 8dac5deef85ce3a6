using FitbitPlus.Paging;

namespace FitbitPlus.Sync;

/// <summary>Sets date-time range filters on a <see cref="CollectionQuery"/>.</summary>
public static class CollectionQueryRangeExtensions
{
    /// <summary>
    /// Sets filter <paramref name="name"/> (<c>"updated_at"</c> or <c>"filter[updated_at]"</c>) to the range's wire text
    /// and returns the same query, for chaining.
    /// </summary>
    public static CollectionQuery SetRange(this CollectionQuery query, string name, DateTimeRange range)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(range);
        query.Filters[name] = range.Format();
        return query;
    }

    /// <summary>Sets <c>filter[updated_at]</c> to <paramref name="range"/>.</summary>
    public static CollectionQuery UpdatedIn(this CollectionQuery query, DateTimeRange range) => query.SetRange(UpdatedAtFilter, range);

    /// <summary>Sets <c>filter[created_at]</c> to <paramref name="range"/>.</summary>
    public static CollectionQuery CreatedIn(this CollectionQuery query, DateTimeRange range) => query.SetRange("filter[created_at]", range);

    /// <summary>The full parameter name of the update-time filter.</summary>
    internal const string UpdatedAtFilter = "filter[updated_at]";
}
