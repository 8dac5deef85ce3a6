using System.Diagnostics.CodeAnalysis;
using Newtonsoft.Json;

namespace FitbitPlus.JsonApi;

/// <summary>Shared streaming logic of the relationship converters: reads <c>data</c> and <c>links</c>, skips anything else.</summary>
internal static class RelationshipReader
{
    /// <summary>Checks that the reader is on a relationship object and returns the member name it was read from.</summary>
    public static string? Begin(JsonReader reader) =>
        reader.TokenType == JsonToken.StartObject
            ? NameFromPath(reader.Path)
            : throw new JsonSerializationException($"Expected a JSON:API relationship object at '{reader.Path}', found {reader.TokenType}.");

    /// <summary>Advances to the next member's value (returning its name), or returns false at the end of the object.</summary>
    public static bool NextMember(JsonReader reader, [NotNullWhen(true)] out string? member)
    {
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonToken.EndObject:
                    member = null;
                    return false;
                case JsonToken.Comment:
                    continue;
                case JsonToken.PropertyName:
                    member = (string)reader.Value!;
                    return reader.Read()
                        ? true
                        : throw new JsonSerializationException($"Unexpected end of JSON in relationship at '{reader.Path}'.");
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
