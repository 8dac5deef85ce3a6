using System.Buffers;

namespace FitbitPlus.Http;

/// <summary>
/// A response body read completely into memory; exposes the bytes so diagnostics need no second copy. The array may
/// be rented from <see cref="ArrayPool{T}.Shared"/>: it goes back to the pool when the response is disposed, unless a
/// reader that keeps slices of it beyond the response (the raw pager) has <see cref="Detach"/>ed it.
/// </summary>
internal sealed class BufferedContent : ByteArrayContent
{
    private byte[]? _rented;
    private int _disposed;

    /// <param name="array">The array holding the body from index 0.</param>
    /// <param name="length">The body's length in <paramref name="array"/>.</param>
    /// <param name="rented">Whether <paramref name="array"/> was rented from the shared pool (and is returned on dispose).</param>
    public BufferedContent(byte[] array, int length, bool rented)
        : base(array, 0, length)
    {
        Body = new ArraySegment<byte>(array, 0, length);
        _rented = rented ? array : null;
    }

    /// <summary>The whole body (valid until the response is disposed, unless detached).</summary>
    public ArraySegment<byte> Body { get; }

    /// <summary>True once the content is disposed (its array may then be the pool's).</summary>
    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>Keeps the body's array out of the pool, so slices of it stay valid after the response is disposed.</summary>
    public ArraySegment<byte> Detach()
    {
        Interlocked.Exchange(ref _rented, null);
        return Body;
    }

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) => new BodyStream(this, Body);

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new BodyStream(this, Body));

    protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => CreateContentReadStreamAsync();

    protected override void Dispose(bool disposing)
    {
        Volatile.Write(ref _disposed, 1);
        if (disposing && Interlocked.Exchange(ref _rented, null) is { } array)
        {
            // Cleared: bodies carry tokens and health data, which must not linger in memory other code rents.
            ArrayPool<byte>.Shared.Return(array, clearArray: true);
        }

        base.Dispose(disposing);
    }
}
