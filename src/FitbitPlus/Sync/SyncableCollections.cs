using FitbitPlus.Paging;

namespace FitbitPlus.Sync;

/// <summary>Which collections take <c>filter[updated_at]</c> (and <c>filter[organization]</c>), as the spec declares them (the catalog).</summary>
internal static class SyncableCollections
{
    /// <summary>True when the collection's operation declares <c>filter[updated_at]</c>.</summary>
    public static bool TakesUpdatedAt(CollectionDefinition definition) => definition.Takes("filter[updated_at]");

    /// <summary>True when the collection's operation declares <c>filter[organization]</c>.</summary>
    public static bool TakesOrganization(CollectionDefinition definition) => definition.Takes("filter[organization]");

    /// <summary>The names of every collection that can be synced, comma-separated.</summary>
    public static string Names => string.Join(", ", CollectionCatalog.All.Where(d => !d.RequiresParentId && TakesUpdatedAt(d)).Select(d => d.Name));
}
