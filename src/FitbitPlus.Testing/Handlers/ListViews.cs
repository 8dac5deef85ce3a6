using FitbitPlus.Mock.Paging;
using FitbitPlus.Mock.Store;

namespace FitbitPlus.Mock.Handlers;

/// <summary>
/// The filtered, ordered records of the lists asked for lately, reused while the store is unchanged: paging through a
/// collection asks for the same list once per page, and filtering every record on every page made a long export
/// quadratic. Any write to the store (of any type: filters follow relationships) makes every view stale.
/// </summary>
internal sealed class ListViews
{
    private const int Capacity = 16;
    private readonly object _gate = new();
    private readonly LinkedList<(string Key, long Version, IReadOnlyList<StoredResource> Items)> _recent = new();

    /// <summary>
    /// The view for <paramref name="key"/> at the store's current version, built by <paramref name="build"/> from a
    /// snapshot when there is none.
    /// </summary>
    public IReadOnlyList<StoredResource> Get(ResourceStore store, string type, string key, Func<IReadOnlyList<StoredResource>, IReadOnlyList<StoredResource>> build)
    {
        var version = store.Version;
        lock (_gate)
        {
            for (var node = _recent.First; node is not null; node = node.Next)
            {
                if (node.Value.Key == key && node.Value.Version == version)
                {
                    _recent.Remove(node);
                    _recent.AddFirst(node);
                    return node.Value.Items;
                }
            }
        }

        var (snapshotVersion, records) = store.Snapshot(type);
        var items = build(records);
        lock (_gate)
        {
            _recent.AddFirst((key, snapshotVersion, items));
            while (_recent.Count > Capacity)
            {
                _recent.RemoveLast();
            }
        }

        return items;
    }

    /// <summary>The index of the first record whose key is after <paramref name="position"/> in a view ordered by <paramref name="keyOf"/>.</summary>
    public static int FirstAfter(IReadOnlyList<StoredResource> ordered, SortKey position, Func<StoredResource, SortKey> keyOf)
    {
        var (low, high) = (0, ordered.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (keyOf(ordered[middle]).CompareTo(position) > 0)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
