using System.Reflection;
using FitbitPlus.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.JsonApi;

/// <summary>
/// Reads an <c>included</c> item of a known type straight into its generated class in one pass, and returns the
/// <see cref="Resource"/> the document declares with the typed parts (the typed instance is kept in
/// <see cref="Resource.TypedInstance"/> for <see cref="IncludedResources"/>).
/// </summary>
/// <remarks>
/// Only when <c>type</c> is the first member (or the second, after <c>id</c>): otherwise the class is not known before
/// the parts are read. Unknown types, a later <c>type</c>, and an item whose JSON does not fit its class are read as
/// the generic resource (<c>JObject</c> parts), exactly as without this converter, so a malformed item does not fail
/// the page and resolving it reports the mismatch as before. Malformed JSON syntax fails the page as before.
/// </remarks>
internal sealed class TypedResourceConverter : JsonConverter
{
    /// <summary>The instance installed in the generated client's settings.</summary>
    public static TypedResourceConverter Instance { get; } = new();

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override bool CanConvert(Type objectType) => objectType == typeof(Resource);

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType != JsonToken.StartObject)
        {
            return RawResourceConverter.Read(reader);
        }

        var item = new ResourceItemReader(reader);
        try
        {
            item.Read();
            if (ReadHeader(item) is ({ } type, var id) && ResourceTypeRegistry.Find(type) is { } target)
            {
                try
                {
                    if (ReadTyped(item, serializer, ResourceShape.Of(target), type, id) is { } resource)
                    {
                        return resource;
                    }
                }
                catch (Exception ex) when (!item.InnerFailed && ex is JsonException or FormatException or InvalidCastException or OverflowException or ArgumentException)
                {
                    // The JSON does not fit the class: read the item generically instead (below); resolving it converts
                    // lazily and reports the mismatch by type, id and path, as for any generic resource.
                }
            }

            return RawResourceConverter.Read(item.Rewind());
        }
        finally
        {
            item.Release();
        }
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        throw new NotSupportedException("Serialization uses the generated contract (CanWrite is false).");

    // type first, or id then type; anything else (or a non-string) leaves the item to the generic reading.
    private static (string? Type, string? Id) ReadHeader(ResourceItemReader item)
    {
        string? id = null;
        for (var member = 0; member < 2; member++)
        {
            if (!item.Read() || item.TokenType != JsonToken.PropertyName)
            {
                return default;
            }

            var name = (string)item.Value!;
            if (!item.Read() || item.TokenType != JsonToken.String)
            {
                return default;
            }

            if (Is(name, "type"))
            {
                return ((string)item.Value!, id);
            }

            if (member > 0 || !Is(name, "id"))
            {
                return default;
            }

            id = (string)item.Value!;
        }

        return default;
    }

    // Null means "read it generically": something the generic reading handles differently (a second type, a non-string id).
    private static Resource? ReadTyped(ResourceItemReader item, JsonSerializer serializer, ResourceShape shape, string type, string? id)
    {
        var typed = shape.Create();
        var resource = new Resource { Type = type, TypedInstance = typed };
        shape.Type?.SetValue(typed, type);
        SetId(resource, typed, shape, id);
        while (item.Read() && item.TokenType != JsonToken.EndObject)
        {
            if (item.TokenType == JsonToken.Comment)
            {
                continue;
            }

            var name = (string)item.Value!;
            item.Read();
            if (Is(name, "type"))
            {
                return null;
            }

            if (Is(name, "id"))
            {
                if (item.TokenType != JsonToken.String)
                {
                    return null;
                }

                SetId(resource, typed, shape, (string)item.Value!);
            }
            else if (Is(name, "attributes"))
            {
                resource.Attributes = ReadPart(item, serializer, typed, shape.Attributes, name) ?? resource.Attributes;
            }
            else if (Is(name, "relationships"))
            {
                resource.Relationships = ReadPart(item, serializer, typed, shape.Relationships, name) ?? resource.Relationships;
            }
            else if (Is(name, "links"))
            {
                resource.Links = ReadPart(item, serializer, typed, shape.Links, name) ?? resource.Links;
            }
            else if (Is(name, "meta"))
            {
                resource.Meta = ReadPart(item, serializer, typed, shape.Meta, name) ?? resource.Meta;
            }
            else
            {
                var extra = JToken.ReadFrom(item);
                resource.AdditionalProperties[name] = extra;
                AddExtension(typed, shape, name, extra.DeepClone());
            }
        }

        return resource;
    }

    // As the generic reading: a null part is ignored; a part the class does not declare stays generic (and is kept in
    // the class's extension data, as for the same resource at the top level of a document).
    private static object? ReadPart(ResourceItemReader item, JsonSerializer serializer, object typed, PropertyInfo? property, string name)
    {
        if (item.TokenType == JsonToken.Null)
        {
            return null;
        }

        if (property is null)
        {
            var generic = serializer.Deserialize(item, typeof(object));
            if (generic is not null)
            {
                AddExtension(typed, ResourceShape.Of(typed.GetType()), name, (generic as JToken)?.DeepClone() ?? JToken.FromObject(generic));
            }

            return generic;
        }

        var value = serializer.Deserialize(item, property.PropertyType);
        if (value is not null)
        {
            property.SetValue(typed, value);
        }

        return value;
    }

    private static void SetId(Resource resource, object typed, ResourceShape shape, string? id)
    {
        if (id is not null)
        {
            resource.Id = id;
            shape.Id?.SetValue(typed, id);
        }
    }

    private static void AddExtension(object typed, ResourceShape shape, string name, JToken value)
    {
        if (shape.Extension?.GetValue(typed) is IDictionary<string, JToken> extension)
        {
            extension[name] = value;
        }
    }

    // Newtonsoft matches member names exactly first, then ignoring case; the generic reading does the same.
    private static bool Is(string member, string expected) => member.Equals(expected, StringComparison.OrdinalIgnoreCase);
}
