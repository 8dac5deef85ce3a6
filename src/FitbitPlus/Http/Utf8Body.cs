using System.Buffers;
using System.Text.Unicode;

namespace FitbitPlus.Http;

/// <summary>
/// The one encoding rule for success bodies: UTF-8, with or without a byte-order mark (RFC 8259 §8.1). Anything else,
/// including a UTF-16 body with its byte-order mark, is refused with the byte offset of the first invalid byte; nothing
/// is ever replaced by U+FFFD.
/// </summary>
internal static class Utf8Body
{
    /// <summary>The body's JSON text without a UTF-8 byte-order mark, or a problem description naming the byte offset.</summary>
    public static string? Check(ReadOnlySpan<byte> body, out int start)
    {
        start = body.StartsWith("\uFEFF"u8) ? 3 : 0;
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || body.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return "its body starts with a UTF-16 or UTF-32 byte-order mark; JSON must be UTF-8 (RFC 8259 §8.1)";
        }

        var text = body[start..];
        return Utf8.IsValid(text) ? null : $"its body is not valid UTF-8 (byte offset {start + FirstInvalid(text)})";
    }

    /// <summary>Throws the request's <see cref="FitbitPlusException"/> when the body breaks the rule; returns where the JSON starts.</summary>
    public static int ThrowIfInvalid(HttpResponseMessage response, ReadOnlySpan<byte> body, Stream stream) =>
        Check(body, out var start) is { } problem ? throw ResponseDocumentReader.Malformed(response, problem, stream) : start;

    // Only on the failure path: decodes in chunks until the decoder meets the first invalid sequence.
    private static int FirstInvalid(ReadOnlySpan<byte> text)
    {
        var chars = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(text[offset..], chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status != OperationStatus.DestinationTooSmall || read == 0)
                {
                    return offset;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
