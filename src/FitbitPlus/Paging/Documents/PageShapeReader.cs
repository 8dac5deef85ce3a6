using System.Text.Json;
using FitbitPlus.Http;

namespace FitbitPlus.Paging;

/// <summary>
/// The one page-shape rule every pager (typed, by name, raw) holds a collection page to, checked in one forward pass
/// over the body's bytes before anything is deserialized: UTF-8 (<see cref="Utf8Body"/>), strict RFC 8259 JSON (no
/// comments, no unescaped control characters, nothing after the document), an object with a <c>data</c> array, and in
/// <c>data</c> and <c>included</c> only resource objects with a non-empty string <c>type</c>, a string <c>id</c> and
/// object <c>attributes</c>, <c>relationships</c>, <c>links</c> and <c>meta</c>; <c>meta</c> an object, <c>included</c>
/// an array, <c>links</c> an object of strings (or null).
/// </summary>
internal static class PageShapeReader
{
    /// <summary>Checks a buffered page; every problem is a <see cref="FitbitPlusException"/> naming the request.</summary>
    public static PageShape Read(HttpResponseMessage response, ArraySegment<byte> bytes, Stream body, bool keepItems)
    {
        var start = Utf8Body.ThrowIfInvalid(response, bytes, body);
        var page = new PageShape { Json = bytes.AsMemory(start) };
        try
        {
            Scan(page, keepItems);
        }
        catch (JsonException ex)
        {
            // System.Text.Json counts lines from 0; people count from 1.
            throw ResponseDocumentReader.Malformed(response, $"its body is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {ex.BytePositionInLine ?? 0})", body, ex);
        }

        if (page.HasErrors)
        {
            ResponseDocumentReader.ThrowIfErrors(response, body);
        }

        if (page.Problem is { } problem)
        {
            throw ResponseDocumentReader.Malformed(response, problem, body);
        }

        return page;
    }

    private static void Scan(PageShape page, bool keepItems)
    {
        var reader = new Utf8JsonReader(page.Json.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            page.Fail($"its body is {Describe(reader.TokenType)}, not a JSON:API document");
            reader.Skip();
        }
        else
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                ReadMember(ref reader, page, keepItems);
            }

            if (!page.HasData)
            {
                page.Fail("the document has no 'data' member");
            }
        }

        while (reader.Read())
        {
            // Reads to the end so trailing garbage is noticed (the reader throws on anything but white space).
        }
    }

    private static void ReadMember(ref Utf8JsonReader reader, PageShape page, bool keepItems)
    {
        var member = reader.ValueTextEquals("data"u8) ? "data" : reader.ValueTextEquals("included"u8) ? "included"
            : reader.ValueTextEquals("meta"u8) ? "meta" : reader.ValueTextEquals("links"u8) ? "links"
            : reader.ValueTextEquals("errors"u8) ? "errors" : null;
        reader.Read();
        switch (member)
        {
            case "data":
                page.HasData = true;
                ReadResources(ref reader, page, member, keepItems ? page.Items : null, "not an array of resources");
                break;
            case "included":
                page.Included = reader.TokenType == JsonTokenType.StartArray ? Start(ref reader) : null;
                ReadResources(ref reader, page, member, null, "not an array of resources");
                page.Included = page.Included is { } i ? i.Start..(int)reader.BytesConsumed : null;
                break;
            case "meta":
                ReadMeta(ref reader, page);
                break;
            case "links":
                ReadLinks(ref reader, page);
                break;
            default:
                page.HasErrors |= member == "errors";
                reader.Skip();
                break;
        }
    }

    private static Range Start(ref Utf8JsonReader reader) => (int)reader.TokenStartIndex..(int)reader.TokenStartIndex;

    private static void ReadResources(ref Utf8JsonReader reader, PageShape page, string member, List<RawResource>? items, string notArray)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            page.Fail($"its '{member}' is {Describe(reader.TokenType)}, {notArray}");
            reader.Skip();
            return;
        }

        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                page.Fail($"its {member}[{index}] is {Describe(reader.TokenType)}, not a resource object");
                reader.Skip();
                continue;
            }

            ReadResource(ref reader, page, member, index, items);
        }
    }

    // member[index] names the resource in a problem; the name is built only then (not once per resource of every page).
    private static void ReadResource(ref Utf8JsonReader reader, PageShape page, string member, int index, List<RawResource>? items)
    {
        var start = (int)reader.TokenStartIndex;
        string? type = null, id = null;
        bool hasType = false, hasId = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            var isId = !isType && reader.ValueTextEquals("id"u8);
            var part = isType || isId ? null
                : reader.ValueTextEquals("attributes"u8) ? "attributes" : reader.ValueTextEquals("relationships"u8) ? "relationships"
                : reader.ValueTextEquals("links"u8) ? "links" : reader.ValueTextEquals("meta"u8) ? "meta" : null;
            reader.Read();
            if (isType || isId)
            {
                var name = isType ? "type" : "id";
                if (reader.TokenType != JsonTokenType.String)
                {
                    page.Fail($"its {member}[{index}].{name} is {Describe(reader.TokenType)}, not a string");
                    reader.Skip();
                    (hasType, hasId) = isType ? (false, hasId) : (hasType, false);
                    continue;
                }

                // The body is valid UTF-8 already, so reading the string cannot fail; only raw pages keep it.
                var value = items is null ? null : reader.GetString();
                var empty = reader.ValueSpan.Length == 0;
                (type, hasType) = isType ? (value, !empty) : (type, hasType);
                (id, hasId) = isId ? (value, true) : (id, hasId);
            }
            else if (part is not null)
            {
                ExpectObject(ref reader, page, member, index, part);
            }
            else
            {
                reader.Skip();
            }
        }

        if (!hasType)
        {
            page.Fail($"its {member}[{index}] has no string type");
        }
        else if (!hasId)
        {
            page.Fail($"its {member}[{index}] has no string id");
        }

        items?.Add(new RawResource(type, id, page.Json[start..(int)reader.BytesConsumed]));
    }

    private static void ExpectObject(ref Utf8JsonReader reader, PageShape page, string member, int index, string part)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            page.Fail($"its {member}[{index}].{part} is {Describe(reader.TokenType)}, not an object");
        }

        reader.Skip();
    }

    // meta is deserialized into FetchMeta by every pager; its two declared members are checked here so all say the same.
    private static void ReadMeta(ref Utf8JsonReader reader, PageShape page)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            page.Fail($"its meta is {Describe(reader.TokenType)}, not an object");
            reader.Skip();
            return;
        }

        var start = (int)reader.TokenStartIndex;
        var members = new MetaMembers();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isCount = reader.ValueTextEquals("count"u8);
            var isRequestId = !isCount && reader.ValueTextEquals("req_id"u8);
            reader.Read();
            if (isCount && reader.TokenType != JsonTokenType.Null && (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out _)))
            {
                page.Fail($"its meta.count is {Describe(reader.TokenType)}, not a whole number");
            }
            else if (isRequestId && reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
            {
                page.Fail($"its meta.req_id is {Describe(reader.TokenType)}, not a string");
            }
            else if (isCount)
            {
                members.Count = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();
            }
            else if (isRequestId)
            {
                try
                {
                    members.RequestId = reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    members.HasOthers = true; // an escaped lone surrogate: left to the serializer, as before
                }
            }
            else
            {
                members.HasOthers = true;
            }

            reader.Skip();
        }

        page.Meta = start..(int)reader.BytesConsumed;
        page.MetaMembers = members;
    }

    private static void ReadLinks(ref Utf8JsonReader reader, PageShape page)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            page.Fail($"its links is {Describe(reader.TokenType)}, not an object");
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = reader.GetString();
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    CollectionLinksMembers.Set(page.Links, member, reader.GetString());
                    break;
                case JsonTokenType.Null:
                    CollectionLinksMembers.Set(page.Links, member, null);
                    break;
                default:
                    // A next link that is not a string cannot be followed: the page would silently be the last.
                    page.Fail($"its links.{member} is {Describe(reader.TokenType)}, not a string");
                    reader.Skip();
                    break;
            }
        }
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
}
