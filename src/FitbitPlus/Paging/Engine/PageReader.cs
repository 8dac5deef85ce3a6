using Newtonsoft.Json;

namespace FitbitPlus.Paging;

/// <summary>
/// A JSON reader that notes the top-level <c>data</c> member and the <c>links</c> strings while the serializer
/// streams the document, so paging works the same for every document, whether or not its generated class
/// declares <c>links</c> (unknown members are skipped through <see cref="Read"/> too).
/// </summary>
internal sealed class PageReader : JsonTextReader, Http.IDocumentShape
{
    private string? _topMember;
    private string? _linkMember;
    private string? _mustBeString; // the member whose value is read next and must be a string or null
    private int _mustBeStringIndex = -1; // for data[i].id and data[i].type: i (the name is built only for an error)
    private int _dataIndex = -1;

    public PageReader(TextReader reader)
        : base(reader)
    {
    }

    /// <summary>The first token of the top-level <c>data</c> member, or <see langword="null"/> when there is none.</summary>
    public JsonToken? DataToken { get; private set; }

    /// <summary>The <c>links</c> strings read so far.</summary>
    public Models.CollectionLinks Links { get; } = new();

    /// <summary>True when the document has a top-level <c>errors</c> member.</summary>
    public bool HasErrors { get; private set; }

    public override bool Read()
    {
        var read = base.Read();
        Observe();
        return read;
    }

    // The serializer reads typed members through the ReadAs* methods, not Read(), so those are observed too.
    public override string? ReadAsString()
    {
        if (_mustBeString is not null)
        {
            // ReadAsString would turn 12 into "12"; read the raw token so a non-string id or link is noticed.
            var dates = DateParseHandling;
            DateParseHandling = DateParseHandling.None; // a date-like id stays the string it is
            try
            {
                base.Read();
            }
            finally
            {
                DateParseHandling = dates;
            }

            Observe();
            return TokenType == JsonToken.String ? (string?)Value : null;
        }

        var value = base.ReadAsString();
        Observe();
        return value;
    }

    public override int? ReadAsInt32()
    {
        var value = base.ReadAsInt32();
        Observe();
        return value;
    }

    public override bool? ReadAsBoolean()
    {
        var value = base.ReadAsBoolean();
        Observe();
        return value;
    }

    public override DateTimeOffset? ReadAsDateTimeOffset()
    {
        var value = base.ReadAsDateTimeOffset();
        Observe();
        return value;
    }

    private void Observe()
    {
        if (_mustBeString is not null && TokenType != JsonToken.PropertyName && TokenType != JsonToken.Comment)
        {
            var member = _mustBeStringIndex < 0 ? _mustBeString : $"data[{_mustBeStringIndex}].{_mustBeString}";
            _mustBeString = null;
            if (TokenType is not (JsonToken.String or JsonToken.Date or JsonToken.Null))
            {
                throw new JsonReaderException($"{member} is {DescribeToken()}, not a string");
            }
        }

        switch (TokenType)
        {
            case JsonToken.None:
                return;
            case JsonToken.PropertyName when Depth == 1:
                _topMember = (string?)Value;
                _linkMember = null;
                HasErrors |= _topMember == "errors";
                break;
            case JsonToken.PropertyName when Depth == 2 && _topMember == "links":
                _linkMember = (string?)Value;
                _mustBeString = _linkMember == "next" ? "links.next" : null;
                _mustBeStringIndex = -1;
                break;
            case JsonToken.StartObject when Depth == 2 && _topMember == "data" && DataToken == JsonToken.StartArray:
                _dataIndex++;
                break;
            case JsonToken.PropertyName when Depth == 3 && _topMember == "data" && DataToken == JsonToken.StartArray && (string?)Value is "id" or "type":
                // No string per resource: the message is built only if the value is not a string.
                _mustBeString = (string)Value!;
                _mustBeStringIndex = _dataIndex;
                break;
            case JsonToken.String when Depth == 2 && _topMember == "links":
                CollectionLinksMembers.Set(Links, _linkMember, (string?)Value);
                break;
            default:
                if (Depth == 1 && _topMember == "data" && DataToken is null)
                {
                    DataToken = TokenType;
                }

                break;
        }
    }

    private string DescribeToken() => TokenType switch
    {
        JsonToken.StartObject => "a JSON object",
        JsonToken.StartArray => "a JSON array",
        JsonToken.Integer or JsonToken.Float => $"a number ({Cut(Convert.ToString(Value, System.Globalization.CultureInfo.InvariantCulture))})",
        JsonToken.Boolean => $"a boolean ({(true.Equals(Value) ? "true" : "false")})",
        _ => $"a JSON {TokenType}",
    };

    private static string? Cut(string? text) => text is { Length: > 40 } ? text[..40] + "…" : text;
}
