using Newtonsoft.Json;

namespace FitbitPlus.JsonApi;

/// <summary>Shared streaming logic of the relationship converters: reads <c>data</c> and <c>links</c>, skips anything else.</summary>
internal static class RelationshipReader
{
    /// <summary>Walks a relationship object, calling <paramref name="onMember"/> positioned on each member's value.</summary>
    public static string? ReadObject(JsonReader reader, Action<string> onMember)
    {
        if (reader.TokenType != JsonToken.StartObject)
        {
            throw new JsonSerializationException($"Expected a JSON:API relationship object at '{reader.Path}', found {reader.TokenType}.");
        }

        var name = NameFromPath(reader.Path);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonToken.EndObject:
                    return name;
                case JsonToken.Comment:
                    continue;
                case JsonToken.PropertyName:
                    var member = (string)reader.Value!;
                    if (!reader.Read())
                    {
                        throw new JsonSerializationException($"Unexpected end of JSON in relationship at '{reader.Path}'.");
                    }

                    onMember(member);
                    break;
                default:
                    throw new JsonSerializationException($"Unexpected {reader.TokenType} in relationship at '{reader.Path}'.");
            }
        }

        throw new JsonSerializationException($"Unexpected end of JSON in relationship at '{reader.Path}'.");
    }

    /// <summary>True for the member name, matched as leniently as Newtonsoft's own property matching.</summary>
    public static bool Is(string member, string expected) => member.Equals(expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>The last member name of a Newtonsoft path: <c>data[0].relationships.owner</c> → <c>owner</c>, <c>x['a.b']</c> → <c>a.b</c>.</summary>
    public static string? NameFromPath(string path)
    {
        if (path.EndsWith("']", StringComparison.Ordinal))
        {
            var start = path.LastIndexOf("['", StringComparison.Ordinal);
            return start < 0 ? null : path[(start + 2)..^2];
        }

        if (path.Length == 0 || path[^1] == ']')
        {
            return null;
        }

        var dot = path.LastIndexOf('.');
        return dot < 0 ? path : path[(dot + 1)..];
    }
}
