using System.Collections.Concurrent;
using System.Reflection;
using FitbitPlus.Generated;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.JsonApi;

/// <summary>Converts the generic <see cref="Resource"/> of <c>included</c> into its generated class, part by part.</summary>
internal static class IncludedResourceConverter
{
    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    /// <summary>Builds an instance of <paramref name="target"/> from the resource's JSON parts.</summary>
    /// <exception cref="FitbitPlusException">A part does not match the target class; the message names type, id and JSON path (never values).</exception>
    public static object Convert(Resource resource, Type target)
    {
        var shape = Shapes.GetOrAdd(target, static t => new Shape(t));
        var instance = Activator.CreateInstance(target)!;
        shape.Type?.SetValue(instance, resource.Type);
        shape.Id?.SetValue(instance, resource.Id);
        ConvertPart(resource, instance, shape.Attributes, resource.Attributes, "attributes");
        ConvertPart(resource, instance, shape.Relationships, resource.Relationships, "relationships");
        ConvertPart(resource, instance, shape.Links, resource.Links, "links");
        ConvertPart(resource, instance, shape.Meta, resource.Meta, "meta");
        return instance;
    }

    private static void ConvertPart(Resource resource, object instance, PropertyInfo? property, object? part, string partName)
    {
        if (property is null || part is null)
        {
            return;
        }

        try
        {
            // Parts are JObjects when the document was deserialized; anything else was built in code and goes through JSON once.
            var token = part as JToken ?? JToken.FromObject(part, JsonApiJson.Serializer);
            property.SetValue(instance, token.ToObject(property.PropertyType, JsonApiJson.Serializer));
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            var path = ex switch
            {
                JsonSerializationException s when !string.IsNullOrEmpty(s.Path) => $"{partName}.{s.Path}",
                JsonReaderException r when !string.IsNullOrEmpty(r.Path) => $"{partName}.{r.Path}",
                _ => partName,
            };

            // The inner message may quote attribute values (personal data); the outer one names only where it failed.
            throw new FitbitPlusException(
                $"Included resource {resource.Type} '{resource.Id}' could not be read as {instance.GetType().Name}: unexpected JSON at '{path}'.",
                statusCode: null, errors: null, requestId: null, bodyExcerpt: null, innerException: ex);
        }
    }

    private sealed class Shape(Type type)
    {
        public PropertyInfo? Type { get; } = Writable(type, "Type");

        public PropertyInfo? Id { get; } = Writable(type, "Id");

        public PropertyInfo? Attributes { get; } = Writable(type, "Attributes");

        public PropertyInfo? Relationships { get; } = Writable(type, "Relationships");

        public PropertyInfo? Links { get; } = Writable(type, "Links");

        public PropertyInfo? Meta { get; } = Writable(type, "Meta");

        private static PropertyInfo? Writable(Type type, string name) =>
            type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is { CanWrite: true } p ? p : null;
    }
}
