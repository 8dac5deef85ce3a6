using System.Collections;
using System.Collections.Concurrent;

namespace FitbitPlus.Http;

/// <summary>Tells whether a generated document class holds one resource (a non-collection <c>Data</c>).</summary>
internal static class SingleResourceDocument
{
    private static readonly ConcurrentDictionary<Type, bool> Cache = new();

    public static bool Is(Type document) => Cache.GetOrAdd(document, static t =>
        t.Namespace == "FitbitPlus.Models"
        && t.GetProperty("Data") is { } data
        && data.PropertyType != typeof(object)
        && !typeof(IEnumerable).IsAssignableFrom(data.PropertyType));
}
