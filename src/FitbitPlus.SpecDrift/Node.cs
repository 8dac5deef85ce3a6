namespace FitbitPlus.SpecDrift;

/// <summary>Typed accessors over the plain YAML tree produced by <see cref="YamlTree"/>.</summary>
internal static class Node
{
    /// <summary>The node as a mapping, or <c>null</c> when it is not one.</summary>
    public static IReadOnlyDictionary<string, object?>? AsMap(object? node) => node as IReadOnlyDictionary<string, object?>;

    /// <summary>The child mapping under <paramref name="key"/>, or <c>null</c>.</summary>
    public static IReadOnlyDictionary<string, object?>? Map(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) ? AsMap(value) : null;

    /// <summary>The child sequence under <paramref name="key"/>, or <c>null</c>.</summary>
    public static IReadOnlyList<object?>? List(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) ? value as IReadOnlyList<object?> : null;

    /// <summary>The child scalar under <paramref name="key"/>, or <c>null</c>.</summary>
    public static string? Scalar(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) ? value as string : null;

    /// <summary>The scalar items of the child sequence under <paramref name="key"/> (a lone scalar counts as one item).</summary>
    public static IReadOnlyList<string>? Scalars(IReadOnlyDictionary<string, object?> map, string key)
    {
        if (!map.TryGetValue(key, out var value))
        {
            return null;
        }

        return value switch
        {
            string single => [single],
            IReadOnlyList<object?> list => list.Select(item => item as string ?? "null").ToList(),
            _ => null,
        };
    }
}
