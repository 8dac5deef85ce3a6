using System.Collections.Frozen;
using FitbitPlus.Generated;

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

    /// <summary>True for generated classes that are response resources (not the generic <see cref="Resource"/>, not request-only <c>*CreateResource</c>).</summary>
    public static bool IsResponseResourceClass(Type type) =>
        type.Namespace == typeof(Resource).Namespace
        && type.IsClass
        && type != typeof(Resource)
        && type.Name.EndsWith("Resource", StringComparison.Ordinal)
        && !type.Name.EndsWith("CreateResource", StringComparison.Ordinal)
        && type.GetProperty("Type") is not null
        && type.GetProperty("Id") is not null;
}
