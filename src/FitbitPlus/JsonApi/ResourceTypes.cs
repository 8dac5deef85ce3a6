namespace FitbitPlus.JsonApi;

/// <summary>The JSON:API resource types the spec declares, with their generated classes (for code that handles any type).</summary>
public static class ResourceTypes
{
    /// <summary>Every JSON:API type name (exact, case-sensitive) with its generated resource class.</summary>
    public static IReadOnlyDictionary<string, Type> All => ResourceTypeRegistry.All;

    /// <summary>The generated class of a JSON:API type name, or <see langword="null"/> when the spec does not declare it.</summary>
    public static Type? Find(string type) => ResourceTypeRegistry.Find(type);

    /// <summary>The JSON:API type name of a generated resource class (its first name without a path), or <see langword="null"/>.</summary>
    public static string? NameOf(Type resourceClass) =>
        All.Where(p => p.Value == resourceClass && !p.Key.Contains('/', StringComparison.Ordinal)).Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).FirstOrDefault();
}
