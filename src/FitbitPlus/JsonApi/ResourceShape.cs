using System.Collections.Concurrent;
using System.Reflection;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.JsonApi;

/// <summary>The writable top-level members of a generated resource class (type, id, its parts, its extension data).</summary>
internal sealed class ResourceShape
{
    private static readonly ConcurrentDictionary<Type, ResourceShape> Shapes = new();

    private ResourceShape(Type type)
    {
        Class = type;
        Type = Writable(type, "Type");
        Id = Writable(type, "Id");
        Attributes = Writable(type, "Attributes");
        Relationships = Writable(type, "Relationships");
        Links = Writable(type, "Links");
        Meta = Writable(type, "Meta");
        Extension = type.GetProperty("AdditionalProperties", BindingFlags.Public | BindingFlags.Instance) is { } p
            && p.PropertyType == typeof(IDictionary<string, JToken>) ? p : null;
    }

    public Type Class { get; }

    public PropertyInfo? Type { get; }

    public PropertyInfo? Id { get; }

    public PropertyInfo? Attributes { get; }

    public PropertyInfo? Relationships { get; }

    public PropertyInfo? Links { get; }

    public PropertyInfo? Meta { get; }

    /// <summary>The <c>[JsonExtensionData]</c> dictionary of members the class does not declare, if it has one.</summary>
    public PropertyInfo? Extension { get; }

    /// <summary>The (cached) shape of a generated resource class.</summary>
    public static ResourceShape Of(Type type) => Shapes.GetOrAdd(type, static t => new ResourceShape(t));

    /// <summary>A new, empty instance of the class.</summary>
    public object Create() => Activator.CreateInstance(Class)!;

    private static PropertyInfo? Writable(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is { CanWrite: true } p ? p : null;
}
