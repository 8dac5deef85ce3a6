using FitbitPlus.Paging;

namespace FitbitPlus.Sync;

/// <summary>Which collections take <c>filter[updated_at]</c>, as the spec declares them (the catalog).</summary>
internal static class SyncableCollections
{
    /// <summary>True when the collection's operation declares <c>filter[updated_at]</c>.</summary>
    public static bool TakesUpdatedAt(CollectionDefinition definition) => definition.Takes("filter[updated_at]");

    /// <summary>The names of every collection that can be synced, comma-separated.</summary>
    public static string Names => string.Join(", ", CollectionCatalog.All.Where(d => !d.RequiresParentId && TakesUpdatedAt(d)).Select(d => d.Name));
}
