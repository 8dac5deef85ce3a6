using System.Collections.Frozen;
using FitbitPlus.Models;

namespace FitbitPlus.JsonApi;

/// <summary>Maps JSON:API <c>type</c> names to the generated resource classes, as the spec declares them.</summary>
internal static class ResourceTypeRegistry
{
    // Generated from the spec (src/FitbitPlus.CodeGen): every resource class by its JSON:API type names.
    private static readonly FrozenDictionary<string, Type> ByTypeName =
        GeneratedCatalog.ResourceTypes.ToFrozenDictionary(t => t.Type, t => t.Class, StringComparer.Ordinal);

    /// <summary>All type names known, with their classes.</summary>
    public static IReadOnlyDictionary<string, Type> All => ByTypeName;

    /// <summary>The generated class for a JSON:API type name (exact, case-sensitive), or null when the type is unknown.</summary>
    public static Type? Find(string type) => ByTypeName.GetValueOrDefault(type);
}
