using Newtonsoft.Json;

namespace FitbitPlus.Paging;

/// <summary>
/// A JSON reader that notes the top-level <c>data</c> member and the <c>links</c> strings while the serializer
/// streams the document, so paging works the same for every document, whether or not its generated class
/// declares <c>links</c> (unknown members are skipped through <see cref="Read"/> too).
/// </summary>
internal sealed class PageReader : JsonTextReader
{
    private string? _topMember;
    private string? _linkMember;

    public PageReader(TextReader reader)
        : base(reader)
    {
    }

    /// <summary>The first token of the top-level <c>data</c> member, or <see langword="null"/> when there is none.</summary>
    public JsonToken? DataToken { get; private set; }

    public string? Self { get; private set; }

    public string? First { get; private set; }

    public string? Prev { get; private set; }

    public string? Next { get; private set; }

    public string? Last { get; private set; }

    public override bool Read()
    {
        var read = base.Read();
        Observe();
        return read;
    }

    // The serializer reads typed members through the ReadAs* methods, not Read(), so those are observed too.
    public override string? ReadAsString()
    {
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
        switch (TokenType)
        {
            case JsonToken.None:
                return;
            case JsonToken.PropertyName when Depth == 1:
                _topMember = (string?)Value;
                _linkMember = null;
                break;
            case JsonToken.PropertyName when Depth == 2 && _topMember == "links":
                _linkMember = (string?)Value;
                break;
            case JsonToken.String when Depth == 2 && _topMember == "links":
                Remember(_linkMember, (string?)Value);
                break;
            default:
                if (Depth == 1 && _topMember == "data" && DataToken is null)
                {
                    DataToken = TokenType;
                }

                break;
        }
    }

    private void Remember(string? member, string? value)
    {
        switch (member)
        {
            case "self": Self = value; break;
            case "first": First = value; break;
            case "prev": Prev = value; break;
            case "next": Next = value; break;
            case "last": Last = value; break;
        }
    }
}
