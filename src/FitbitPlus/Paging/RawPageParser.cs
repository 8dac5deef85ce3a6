using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using FitbitPlus.Errors;
using FitbitPlus.Models;
using FitbitPlus.Http;
using FitbitPlus.JsonApi;

namespace FitbitPlus.Paging;

/// <summary>
/// Reads a collection page for <see cref="RawCollectionDocument"/> in one forward pass over the body's bytes: each
/// <c>data</c> item is kept as a slice of the body (no tree, no copy), <c>links</c> are read as strings, and only
/// <c>meta</c> and <c>included</c> are deserialized. Checks the same shape the typed pages are held to.
/// </summary>
internal static class RawPageParser
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Parses a checked, buffered body; every problem is a <see cref="FitbitPlusException"/> naming the request.</summary>
    public static (RawCollectionDocument Document, CollectionLinks Links) Parse(HttpResponseMessage response, byte[] bytes, Stream body)
    {
        var json = bytes.AsMemory();
        if (json.Span.StartsWith(Utf8Bom))
        {
            json = json[Utf8Bom.Length..];
        }

        Page page;
        try
        {
            page = Read(json);
        }
        catch (JsonException ex)
        {
            // System.Text.Json counts lines from 0; people count from 1.
            throw ResponseDocumentReader.Malformed(response, $"its body is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {ex.BytePositionInLine ?? 0})", body, ex);
        }
        catch (ShapeException ex)
        {
            throw ResponseDocumentReader.Malformed(response, ex.Message, body);
        }

        if (page.HasErrors)
        {
            ResponseDocumentReader.ThrowIfErrors(response, body);
        }

        if (page.DataProblem is { } problem)
        {
            throw ResponseDocumentReader.Malformed(response, problem, body);
        }

        try
        {
            var meta = page.Meta is { } m ? Deserialize<FetchMeta>(json[m]) : null;
            var included = page.Included is { } i ? Deserialize<List<Resource>>(json[i]) : null;
            return (new RawCollectionDocument(page.Data, meta, included), page.Links);
        }
        catch (Exception ex) when (ErrorResponseReader.IsUnreadableBody(ex))
        {
            throw ResponseDocumentReader.Malformed(response, $"its meta or included could not be read ({ex.GetType().Name})", body, ex);
        }
    }

    private static Page Read(ReadOnlyMemory<byte> json)
    {
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new ShapeException($"its body is {Describe(reader.TokenType)}, not a JSON:API document");
        }

        var page = new Page();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = reader.GetString();
            reader.Read();
            switch (member)
            {
                case "data":
                    ReadData(ref reader, json, page);
                    break;
                case "links" when reader.TokenType == JsonTokenType.StartObject:
                    ReadLinks(ref reader, page.Links);
                    break;
                case "meta" when reader.TokenType == JsonTokenType.StartObject:
                    page.Meta = Slice(ref reader);
                    break;
                case "included" when reader.TokenType == JsonTokenType.StartArray:
                    page.Included = Slice(ref reader);
                    break;
                default:
                    page.HasErrors |= member == "errors";
                    reader.Skip();
                    break;
            }
        }

        while (reader.Read())
        {
            // Reads to the end so trailing garbage or a truncated body is noticed, as the typed reader does.
        }

        return page;
    }

    private static void ReadData(ref Utf8JsonReader reader, ReadOnlyMemory<byte> json, Page page)
    {
        page.DataProblem = reader.TokenType == JsonTokenType.StartArray ? null : $"its 'data' is {Describe(reader.TokenType)}, not an array of resources";
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return;
        }

        var items = new List<RawResource>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new ShapeException($"its data[{items.Count}] is {Describe(reader.TokenType)}, not a resource object");
            }

            var start = (int)reader.TokenStartIndex;
            string? type = null, id = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var member = reader.ValueTextEquals("type"u8) ? "type" : reader.ValueTextEquals("id"u8) ? "id" : null;
                reader.Read();
                if (member is null)
                {
                    reader.Skip();
                    continue;
                }

                var value = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Null => null,
                    var other => throw new ShapeException($"its data[{items.Count}].{member} is {Describe(other)}, not a string"),
                };
                (type, id) = member == "type" ? (value, id) : (type, value);
            }

            items.Add(new RawResource(type, id, json[start..((int)reader.BytesConsumed)]));
        }

        page.Data = items;
    }

    private static void ReadLinks(ref Utf8JsonReader reader, CollectionLinks links)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = reader.GetString();
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                if (member == "next" && reader.TokenType != JsonTokenType.Null)
                {
                    // A next link that is not a string cannot be followed: the page would silently be the last.
                    throw new ShapeException($"its links.next is {Describe(reader.TokenType)}, not a string");
                }

                reader.Skip();
                continue;
            }

            CollectionLinksMembers.Set(links, member, reader.GetString());
        }
    }

    private static Range Slice(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return start..(int)reader.BytesConsumed;
    }

    private static T? Deserialize<T>(ReadOnlyMemory<byte> json)
    {
        var bytes = MemoryMarshal.TryGetArray(json, out var segment) ? segment : new ArraySegment<byte>(json.ToArray());
        using var text = new StreamReader(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), Encoding.UTF8);
        using var reader = new Newtonsoft.Json.JsonTextReader(text) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        return JsonApiJson.Serializer.Deserialize<T>(reader);
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "empty",
    };

    private sealed class Page
    {
        public IReadOnlyList<RawResource> Data { get; set; } = [];

        public string? DataProblem { get; set; } = "the document has no 'data' member";

        public CollectionLinks Links { get; } = new();

        public Range? Meta { get; set; }

        public Range? Included { get; set; }

        public bool HasErrors { get; set; }
    }

    // A body that is valid JSON but not a collection document; turned into the request's FitbitPlusException above.
    private sealed class ShapeException(string message) : Exception(message);
}
