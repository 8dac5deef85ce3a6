using FitbitPlus.Paging;

namespace FitbitPlus.Cli.Query;

/// <summary>Finds the collection a command line names, by catalog name (<c>patient</c>, <c>patient.groups</c>) or JSON:API type.</summary>
internal static class CollectionResolver
{
    /// <summary>The collection named <paramref name="name"/>; a usage error lists the known names otherwise.</summary>
    public static CollectionDefinition Resolve(string name)
    {
        if (CollectionCatalog.TryFind(name, out var definition))
        {
            return definition;
        }

        // The catalog keys patient results by operation ("patient_health_result") while their type is "result".
        var byType = CollectionCatalog.All
            .Where(d => !d.RequiresParentId && string.Equals(d.ResourceTypeName, name, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (byType.Count == 1)
        {
            return byType[0];
        }

        throw new UsageException($"unknown type '{name}'. Known types: {KnownNames}.");
    }

    /// <summary>Every collection name, comma-separated, for errors and help.</summary>
    public static string KnownNames => string.Join(", ", CollectionCatalog.All.Select(d => d.Name));
}
