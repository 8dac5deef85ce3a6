namespace FitbitPlus.Http;

/// <summary>A response body read completely into memory; exposes the bytes so diagnostics need no second copy.</summary>
internal sealed class BufferedContent : ByteArrayContent
{
    public BufferedContent(byte[] bytes)
        : base(bytes)
    {
        Bytes = bytes;
    }

    /// <summary>The whole body.</summary>
    public byte[] Bytes { get; }
}
