using FitbitPlus.Models;

namespace FitbitPlus.Paging;

/// <summary>
/// Every GET collection operation by name, for code that handles collections generically (an exporter asked for
/// "any collection by its type name"). Top-level collections are keyed by JSON:API type name (<c>patient</c>);
/// nested ones by <c>parent.children</c> (<c>patient.groups</c>) and need <see cref="CollectionQuery.ParentId"/>.
/// </summary>
public static class CollectionCatalog
{
    // Generated from the spec (src/FitbitPlus.CodeGen): a collection added to the spec appears here by itself.
    private static readonly CollectionDefinition[] Definitions = GeneratedCatalog.Collections;

    private static readonly Dictionary<string, CollectionDefinition> ByName =
        Definitions.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>All collection operations.</summary>
    public static IReadOnlyList<CollectionDefinition> All => Definitions;

    /// <summary>Finds a collection by name; <see langword="false"/> when the name is unknown.</summary>
    public static bool TryFind(string name, out CollectionDefinition definition) =>
        ByName.TryGetValue(name ?? string.Empty, out definition!);

    /// <summary>Finds a collection by name, or throws an <see cref="ArgumentException"/> listing the known names.</summary>
    public static CollectionDefinition Find(string name) =>
        TryFind(name, out var definition)
            ? definition
            : throw new ArgumentException(
                $"'{name}' is not a known collection. Known collections: {string.Join(", ", Definitions.Select(d => d.Name))}.",
                nameof(name));
}
