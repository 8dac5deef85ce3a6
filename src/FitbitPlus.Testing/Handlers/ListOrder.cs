using FitbitPlus.Mock.JsonApi;
using FitbitPlus.Mock.Paging;
using FitbitPlus.Mock.Routing;
using FitbitPlus.Mock.Store;

namespace FitbitPlus.Mock.Handlers;

/// <summary>The stable order of a list: creation sequence, or a declared attribute with the sequence as tie-breaker.</summary>
internal sealed class ListOrder
{
    private readonly string? _attribute;
    private readonly bool _descending;

    private ListOrder(string? attribute, bool descending)
    {
        _attribute = attribute;
        _descending = descending;
    }

    /// <summary>Reads <c>sort=</c>; 400 for attributes the route does not declare.</summary>
    public static ListOrder Parse(RouteDefinition route, QueryParameters query)
    {
        var raw = query.Get("sort");
        if (string.IsNullOrEmpty(raw))
        {
            return new ListOrder(null, false);
        }

        var descending = raw.StartsWith('-');
        var attribute = descending ? raw[1..] : raw;
        if (!route.Sorts.Contains(attribute))
        {
            throw MockApiException.BadParameter("sort", $"Cannot sort {route.OperationId} by '{raw}'.");
        }

        return new ListOrder(attribute, descending);
    }

    /// <summary>The sort key of a record.</summary>
    public SortKey KeyOf(StoredResource record) => Key(record.Sequence, record);

    /// <summary>The sort key of a cursor id, also when that resource was deleted meanwhile (default order).</summary>
    public SortKey? PositionOf(ResourceStore store, string type, string id)
    {
        if (_attribute is null)
        {
            return store.SequenceOf(type, id) is { } sequence ? Key(sequence, null) : null;
        }

        return store.Find(type, id) is { } record ? KeyOf(record) : null;
    }

    /// <summary>Orders the records (the store already hands them out in creation order).</summary>
    public IReadOnlyList<StoredResource> Apply(List<StoredResource> records)
    {
        if (_attribute is not null)
        {
            records.Sort((a, b) => KeyOf(a).CompareTo(KeyOf(b)));
        }

        return records;
    }

    private SortKey Key(long sequence, StoredResource? record)
    {
        if (_attribute is null)
        {
            return new SortKey(0, sequence);
        }

        var ticks = JsonValues.AsInstant(record?.Attributes[_attribute])?.UtcTicks ?? 0;
        return new SortKey(_descending ? -ticks : ticks, sequence);
    }
}
