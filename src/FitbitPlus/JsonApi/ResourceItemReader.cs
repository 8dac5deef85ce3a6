using Newtonsoft.Json;

namespace FitbitPlus.JsonApi;

/// <summary>
/// Reads one JSON object (an <c>included</c> item) from the document's reader and stops at its end, recording the
/// tokens it passed so that the item can be read again from its start (<see cref="Rewind"/>) if reading it typed fails.
/// </summary>
/// <remarks>
/// The document's reader is only ever moved with <see cref="JsonReader.Read"/>: the typed reads (ReadAsString,
/// ReadAsDateTimeOffset, ...) are converted here from the token already read, so a value of the wrong JSON kind fails
/// without leaving the document's reader inside the value (a JsonTextReader would). Paths are relative to the item
/// plus the item's own path, as the document's reader would report them.
/// </remarks>
internal sealed class ResourceItemReader : JsonReader, IJsonLineInfo
{
    // One recording buffer per thread, reused item after item (a page reads thousands of tokens per item).
    [ThreadStatic]
    private static List<KeyValuePair<JsonToken, object?>>? _spare;

    private readonly JsonReader _inner;
    private readonly List<KeyValuePair<JsonToken, object?>>? _tokens;
    private readonly List<KeyValuePair<JsonToken, object?>>? _replay;
    private readonly string _prefix;
    private int _next;
    private bool _started;
    private bool _done;

    /// <summary>Starts on the <c>StartObject</c> the document's reader is on; <see cref="Release"/> when done with the item.</summary>
    public ResourceItemReader(JsonReader inner)
        : this(inner, TakeBuffer(), replay: null, inner.Path)
    {
    }

    private ResourceItemReader(JsonReader inner, List<KeyValuePair<JsonToken, object?>>? tokens, List<KeyValuePair<JsonToken, object?>>? replay, string prefix)
    {
        _inner = inner;
        _tokens = tokens;
        _replay = replay;
        _prefix = prefix;
        CloseInput = false;
    }

    /// <summary>True when the document's reader itself failed (malformed JSON): the item cannot be read again.</summary>
    public bool InnerFailed { get; private set; }

    /// <inheritdoc />
    public override string Path
    {
        get
        {
            var relative = base.Path;
            return _prefix.Length == 0 ? relative
                : relative.Length == 0 ? _prefix
                : relative[0] == '[' ? _prefix + relative
                : _prefix + "." + relative;
        }
    }

    /// <inheritdoc />
    public int LineNumber => (_inner as IJsonLineInfo)?.LineNumber ?? 0;

    /// <inheritdoc />
    public int LinePosition => (_inner as IJsonLineInfo)?.LinePosition ?? 0;

    /// <inheritdoc />
    public bool HasLineInfo() => (_inner as IJsonLineInfo)?.HasLineInfo() ?? false;

    /// <summary>A reader that replays this item's tokens read so far, then continues with the rest of it.</summary>
    public ResourceItemReader Rewind() => new(_inner, tokens: null, _tokens, _prefix);

    /// <summary>Hands the recording buffer back for the next item (this reader and its rewinds must not be used after).</summary>
    public void Release()
    {
        if (_tokens is { Capacity: <= 4096 })
        {
            _tokens.Clear();
            _spare = _tokens; // an unusually large item's buffer is left to the GC rather than kept per thread
        }
    }

    /// <inheritdoc />
    public override bool Read()
    {
        if (_done)
        {
            SetToken(JsonToken.None);
            return false;
        }

        JsonToken token;
        object? value;
        if (_replay is not null && _next < _replay.Count)
        {
            (token, value) = _replay[_next++];
        }
        else
        {
            if (_started && !ReadInner())
            {
                InnerFailed = true;
                SetToken(JsonToken.None);
                return false;
            }

            token = _inner.TokenType;
            value = _inner.Value;
            _tokens?.Add(new(token, value));
        }

        _started = true;
        SetToken(token, value);
        _done = Depth == 0 && token is JsonToken.EndObject or JsonToken.EndArray;
        return true;
    }

    private static List<KeyValuePair<JsonToken, object?>> TakeBuffer()
    {
        var buffer = _spare ?? new List<KeyValuePair<JsonToken, object?>>(256);
        _spare = null; // a nested item (none in the spec, but possible in principle) gets its own
        return buffer;
    }

    private bool ReadInner()
    {
        try
        {
            return _inner.Read();
        }
        catch
        {
            InnerFailed = true;
            throw;
        }
    }
}
