using System.Buffers;
using System.Text;
using FitbitPlus.Paging;

namespace FitbitPlus.Cli.Output;

/// <summary>
/// JSON Lines from the server's own bytes: each resource is copied as sent, one per line, without being parsed into
/// objects and written again (the fast path of an export without <c>--include</c>).
/// </summary>
internal sealed class RawJsonLinesWriter
{
    private readonly Stream? _file;
    private readonly TextWriter _text;

    /// <summary>Writes to the output's file stream, or as text when the output is stdout.</summary>
    public RawJsonLinesWriter(OutputTarget output)
    {
        _file = output.File;
        _text = output.Writer;
    }

    /// <summary>Writes one resource and a line break.</summary>
    public void Write(RawResource resource)
    {
        var json = resource.Utf8Json.Span;
        byte[]? flattened = null;
        if (json.IndexOfAny((byte)'\n', (byte)'\r') >= 0)
        {
            // Pretty-printed by the server. Valid JSON has no raw line breaks inside strings, so they are only white space.
            flattened = ArrayPool<byte>.Shared.Rent(json.Length);
            var copy = flattened.AsSpan(0, json.Length);
            json.CopyTo(copy);
            copy.Replace((byte)'\n', (byte)' ');
            copy.Replace((byte)'\r', (byte)' ');
            json = copy;
        }

        try
        {
            WriteLine(json);
        }
        finally
        {
            if (flattened is not null)
            {
                ArrayPool<byte>.Shared.Return(flattened);
            }
        }
    }

    private void WriteLine(ReadOnlySpan<byte> json)
    {
        if (_file is not null)
        {
            _file.Write(json);
            _file.WriteByte((byte)'\n');
            return;
        }

        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(json.Length));
        try
        {
            var count = Encoding.UTF8.GetChars(json, chars);
            _text.Write(chars, 0, count);
            _text.Write('\n');
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
