using System.Collections;
using System.Reflection;
using FitbitPlus.Models;
using Newtonsoft.Json;

namespace FitbitPlus.Cli.Output;

/// <summary>
/// The attribute paths of a resource type in the spec's order, read from the generated attribute class's
/// <see cref="JsonPropertyAttribute"/> members (declaration order), so CSV columns follow the spec without a hand-kept list.
/// Array elements are written <c>addresses[]</c> (a template: indexes removed), nested members <c>addresses[].city</c>.
/// </summary>
internal static class SpecAttributeOrder
{
    private const int MaxDepth = 6; // the spec nests at most a few levels; this only guards against cyclic classes

    /// <summary>Every attribute path of <paramref name="type"/> (objects and arrays included, pre-order), or empty for an unknown type.</summary>
    public static IReadOnlyList<string> Paths(string? type)
    {
        var resourceClass = type is null ? null : FitbitPlus.JsonApi.ResourceTypes.Find(type);
        var attributes = resourceClass?.GetProperty("Attributes")?.PropertyType;
        var paths = new List<string>();
        if (attributes is not null && IsGeneratedClass(attributes))
        {
            Walk(attributes, string.Empty, paths, 0);
        }

        return paths;
    }

    /// <summary>The leaf paths of <paramref name="type"/> outside arrays: columns a CSV header has whether or not the first page used them.</summary>
    public static IReadOnlyList<string> FixedLeaves(string? type)
    {
        var paths = Paths(type);
        return paths.Where(p => !p.Contains("[]", StringComparison.Ordinal) && !paths.Any(q => q.StartsWith(p + ".", StringComparison.Ordinal) || q.StartsWith(p + "[]", StringComparison.Ordinal))).ToList();
    }

    private static void Walk(Type type, string prefix, List<string> paths, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // Extension data ([JsonExtensionData]) has no JsonProperty name and no place in the spec's order.
            if (property.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName is not { } name)
            {
                continue;
            }

            var path = prefix + name;
            paths.Add(path);
            var element = ElementType(property.PropertyType);
            if (element is not null)
            {
                paths.Add(path + "[]");
                if (IsGeneratedClass(element))
                {
                    Walk(element, path + "[].", paths, depth + 1);
                }
            }
            else if (IsGeneratedClass(property.PropertyType))
            {
                Walk(property.PropertyType, path + ".", paths, depth + 1);
            }
        }
    }

    private static Type? ElementType(Type type) =>
        type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type)
            ? null
            : type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();

    private static bool IsGeneratedClass(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace == typeof(Resource).Namespace;
}
