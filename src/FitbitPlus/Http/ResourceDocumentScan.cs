using System.Text.Json;

namespace FitbitPlus.Http;

/// <summary>
/// Checks a single-resource document in one pass over its UTF-8 bytes, allocating nothing: <c>data</c> must be a
/// resource object with a string <c>type</c> and <c>id</c>. Reading the body into a JSON tree a second time for this
/// check cost more memory than the typed read itself.
/// </summary>
internal static class ResourceDocumentScan
{
    /// <summary>What is wrong with the document's <c>data</c>, <see langword="null"/> when it is fine, or <c>errors</c> when the document carries error objects.</summary>
    public static string? Problem(ReadOnlySpan<byte> utf8, out bool hasErrors)
    {
        hasErrors = false;
        try
        {
            return Scan(utf8, ref hasErrors);
        }
        catch (JsonException)
        {
            // Newtonsoft read it, but it is not strict JSON (a comment, a trailing comma): the full check describes it.
            return "the body is not strict JSON";
        }
    }

    private static string? Scan(ReadOnlySpan<byte> utf8, ref bool hasErrors)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var reader = new Utf8JsonReader(utf8);
        string? problem = "the document has no 'data' member";
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return "the body is not a JSON object";
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isData = reader.ValueTextEquals("data"u8);
            var isErrors = reader.ValueTextEquals("errors"u8);
            reader.Read();
            if (isData)
            {
                problem = DataProblem(ref reader);
            }
            else if (isErrors && reader.TokenType == JsonTokenType.StartArray)
            {
                reader.Read();
                hasErrors |= reader.TokenType != JsonTokenType.EndArray;
                reader.Skip();
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return problem;
    }

    private static string? DataProblem(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return "its 'data' is null";
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return $"its 'data' is a JSON {Kind(reader.TokenType)}, not a resource object";
        }

        var (type, id) = (false, false);
        var depth = reader.CurrentDepth;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            var isType = reader.ValueTextEquals("type"u8);
            var isId = reader.ValueTextEquals("id"u8);
            reader.Read();
            type |= isType && reader.TokenType == JsonTokenType.String;
            id |= isId && reader.TokenType == JsonTokenType.String;
            reader.Skip();
        }

        return type && id ? null : "its 'data' is not a resource object (a string 'type' and 'id' are required)";
    }

    // The names Newtonsoft's JTokenType uses, so the messages read as before.
    private static string Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "Array",
        JsonTokenType.String => "String",
        JsonTokenType.Number => "Integer",
        JsonTokenType.True or JsonTokenType.False => "Boolean",
        _ => token.ToString(),
    };
}
