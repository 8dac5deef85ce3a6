using System.Reflection;
using FitbitPlus.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.JsonApi;

/// <summary>Converts the generic <see cref="Resource"/> of <c>included</c> into its generated class, part by part.</summary>
internal static class IncludedResourceConverter
{
    /// <summary>Builds an instance of <paramref name="target"/> from the resource's JSON parts.</summary>
    /// <exception cref="FitbitPlusException">A part does not match the target class; the message names type, id and JSON path (never values).</exception>
    public static object Convert(Resource resource, Type target)
    {
        var shape = ResourceShape.Of(target);
        var instance = shape.Create();
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
}
