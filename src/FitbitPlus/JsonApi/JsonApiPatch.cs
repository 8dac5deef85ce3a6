using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.JsonApi;

/// <summary>
/// A JSON:API partial update of one resource: only the attributes and relationships set here are sent, and a value
/// set to <see langword="null"/> is sent as an explicit JSON <c>null</c> (which the generated <c>Update*Request</c> classes cannot express).
/// </summary>
/// <remarks>
/// Members are written in the order first set; setting a member again replaces its value in place.
/// Values are captured when set (later changes to a passed object are not seen). Dates are written as ISO 8601
/// (a <see cref="DateTimeOffset"/> keeps its offset). Send it with <c>FitbitPlusClient.PatchAsync</c>.
/// </remarks>
public class JsonApiPatch
{
    private readonly JObject _attributes = [];
    private readonly JObject _relationships = [];

    private protected JsonApiPatch(string type, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Type = type;
        Id = id;
    }

    /// <summary>The resource type, which is also the path segment (<c>calendar_event</c> → <c>PATCH calendar_event/{id}</c>).</summary>
    public string Type { get; }

    /// <summary>The id of the resource to update.</summary>
    public string Id { get; }

    /// <summary>The names of the attributes set so far, in order.</summary>
    public IReadOnlyList<string> AttributeNames => _attributes.Properties().Select(p => p.Name).ToList();

    /// <summary>The names of the relationships set so far, in order.</summary>
    public IReadOnlyList<string> RelationshipNames => _relationships.Properties().Select(p => p.Name).ToList();

    /// <summary>Starts a patch of the resource <paramref name="type"/>/<paramref name="id"/>, naming attributes by their JSON names.</summary>
    public static JsonApiPatch For(string type, string id) => new(type, id);

    /// <summary>Starts a patch whose attributes can be named through a generated attributes class, for example <c>CalendarEventAttributes</c>.</summary>
    public static JsonApiPatch<TAttributes> For<TAttributes>(string type, string id)
        where TAttributes : class => new(type, id);

    /// <summary>Sets an attribute by its JSON name; <see langword="null"/> sends an explicit <c>null</c>. Objects and arrays are allowed.</summary>
    public JsonApiPatch Set(string attribute, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(attribute);
        _attributes[attribute] = ToToken(value, attribute);
        return this;
    }

    /// <summary>Points a to-one relationship at another resource.</summary>
    public JsonApiPatch SetRelationship(string relationship, string type, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relationship);
        _relationships[relationship] = new JObject { ["data"] = Identifier(new ResourceKey(type, id)) };
        return this;
    }

    /// <summary>Empties a to-one relationship (sends <c>"data": null</c>).</summary>
    public JsonApiPatch ClearRelationship(string relationship)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relationship);
        _relationships[relationship] = new JObject { ["data"] = JValue.CreateNull() };
        return this;
    }

    /// <summary>Replaces a to-many relationship with exactly these resources (an empty list empties it).</summary>
    public JsonApiPatch SetRelationship(string relationship, IEnumerable<ResourceKey> related)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relationship);
        ArgumentNullException.ThrowIfNull(related);
        _relationships[relationship] = new JObject { ["data"] = new JArray(related.Select(Identifier)) };
        return this;
    }

    /// <summary>The request body, <c>{"data":{"type":…,"id":…,"attributes":{…},"relationships":{…}}}</c>, compact.</summary>
    public string ToJson()
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            writer.WriteStartObject();
            writer.WritePropertyName("type");
            writer.WriteValue(Type);
            writer.WritePropertyName("id");
            writer.WriteValue(Id);
            WriteMember(writer, "attributes", _attributes);
            WriteMember(writer, "relationships", _relationships);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return text.ToString();
    }

    /// <summary>Describes the patch by type, id and member names only (values may be personal data).</summary>
    public override string ToString() =>
        $"PATCH {Type}/{Id} attributes [{string.Join(", ", AttributeNames)}] relationships [{string.Join(", ", RelationshipNames)}]";

    /// <summary>The request body as UTF-8 bytes (no byte order mark).</summary>
    internal byte[] ToUtf8Bytes() => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ToJson());

    private static void WriteMember(JsonWriter writer, string name, JObject members)
    {
        if (members.Count == 0)
        {
            return;
        }

        writer.WritePropertyName(name);
        members.WriteTo(writer);
    }

    private static JObject Identifier(ResourceKey key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key.Type, nameof(key.Type));
        ArgumentException.ThrowIfNullOrWhiteSpace(key.Id, nameof(key.Id));
        return new JObject { ["type"] = key.Type, ["id"] = key.Id };
    }

    private static JToken ToToken(object? value, string attribute) => value switch
    {
        null => JValue.CreateNull(),
        JToken token => token.DeepClone(),
        DateTime { Kind: DateTimeKind.Unspecified } => throw new ArgumentException(
            $"The value of '{attribute}' is a DateTime without a time zone; pass a DateTimeOffset (or a UTC DateTime) so the API receives an offset.",
            nameof(value)),
        _ => JToken.FromObject(value, JsonApiJson.Serializer),
    };
}
