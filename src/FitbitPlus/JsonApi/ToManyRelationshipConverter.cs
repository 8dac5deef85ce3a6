using FitbitPlus.Models;
using Newtonsoft.Json;

namespace FitbitPlus.JsonApi;

/// <summary>Reads a <see cref="ToManyRelationship"/> remembering an explicit <c>"data": null</c> and its member name; writes it as generated.</summary>
internal sealed class ToManyRelationshipConverter : JsonConverter<ToManyRelationship>
{
    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override ToManyRelationship? ReadJson(JsonReader reader, Type objectType, ToManyRelationship? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        var relationship = new ToManyRelationship { Name = RelationshipReader.Begin(reader) };
        while (RelationshipReader.NextMember(reader, out var member))
        {
            if (RelationshipReader.Is(member, "data"))
            {
                relationship.HasExplicitNullData = reader.TokenType == JsonToken.Null;
                relationship.Data = relationship.HasExplicitNullData ? null : serializer.Deserialize<List<ResourceIdentifier>>(reader);
            }
            else if (RelationshipReader.Is(member, "links"))
            {
                relationship.Links = serializer.Deserialize<RelationshipLinks>(reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return relationship;
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, ToManyRelationship? value, JsonSerializer serializer) =>
        throw new NotSupportedException("Serialization uses the generated contract (CanWrite is false).");
}
