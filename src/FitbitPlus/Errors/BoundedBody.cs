using System.Text;

namespace FitbitPlus.Errors;

/// <summary>The first bytes of an error body, held in a (pooled) buffer owned by the caller.</summary>
internal readonly struct BoundedBody(byte[] buffer, int length, bool truncated)
{
    /// <summary>True when the body was longer than what was read.</summary>
    public bool Truncated { get; } = truncated;

    /// <summary>A reader over the bytes; the encoding comes from a byte-order mark, else UTF-8 (as before).</summary>
    public TextReader OpenText() =>
        new StreamReader(new MemoryStream(buffer, 0, length, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: Math.Clamp(length, 128, 4096));

    /// <summary>True for an empty body or one of white space only.</summary>
    public bool IsWhiteSpace()
    {
        // Decoded in small chunks so a large body is not turned into one string just to be checked.
        using var reader = OpenText();
        Span<char> chunk = stackalloc char[512];
        int n;
        while ((n = reader.Read(chunk)) > 0)
        {
            if (!chunk[..n].IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The start of the body as text, at most <see cref="ErrorResponseReader.MaxExcerptLength"/> characters.</summary>
    public string Excerpt()
    {
        using var reader = OpenText();
        // A UTF-8 byte yields at most one char, so a short body needs no full-size excerpt buffer.
        var chars = new char[Math.Min(length, ErrorResponseReader.MaxExcerptLength) + 1];
        var read = 0;
        int n;
        while (read < chars.Length && (n = reader.Read(chars, read, chars.Length - read)) > 0)
        {
            read += n;
        }

        return read <= ErrorResponseReader.MaxExcerptLength
            ? new string(chars, 0, read)
            : new string(chars, 0, ErrorResponseReader.MaxExcerptLength) + "…";
    }
}
