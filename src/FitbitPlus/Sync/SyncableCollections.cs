using System.Reflection;
using FitbitPlus.Generated;
using FitbitPlus.Paging;

namespace FitbitPlus.Sync;

/// <summary>
/// Which collections take <c>filter[updated_at]</c> (and <c>filter[organization]</c>), read from the generated operation's
/// parameters, so the list follows the spec. Names are compared without underscores and case, to survive renames.
/// </summary>
internal static class SyncableCollections
{
    /// <summary>True when the collection's operation declares <c>filter[updated_at]</c>.</summary>
    public static bool TakesUpdatedAt(CollectionDefinition definition) => Takes(definition, "filterupdatedat");

    /// <summary>True when the collection's operation declares <c>filter[organization]</c>.</summary>
    public static bool TakesOrganization(CollectionDefinition definition) => Takes(definition, "filterorganization");

    /// <summary>The names of every collection that can be synced, comma-separated.</summary>
    public static string Names => string.Join(", ", CollectionCatalog.All.Where(d => !d.RequiresParentId && TakesUpdatedAt(d)).Select(d => d.Name));

    private static bool Takes(CollectionDefinition definition, string normalizedParameter) =>
        typeof(IFitbitPlusApiClient).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == definition.OperationName)
            .SelectMany(m => m.GetParameters())
            .Any(p => string.Equals(p.Name?.Replace("_", string.Empty, StringComparison.Ordinal), normalizedParameter, StringComparison.OrdinalIgnoreCase));
}
