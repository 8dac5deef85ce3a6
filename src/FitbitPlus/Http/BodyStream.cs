namespace FitbitPlus.Http;

/// <summary>
/// A read stream over a <see cref="BufferedContent"/>'s pooled array that refuses every read once the content is
/// disposed: the array then belongs to the pool (cleared, or already another response's body), so a stream kept past
/// its response must fail, never read zeros or someone else's data.
/// </summary>
internal sealed class BodyStream(BufferedContent owner, ArraySegment<byte> body) : Stream
{
    private int _position;

    public override bool CanRead => !owner.IsDisposed;

    public override bool CanSeek => !owner.IsDisposed;

    public override bool CanWrite => false;

    public override long Length => Checked().Count;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 && value <= int.MaxValue ? (int)value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var available = Checked().AsSpan(Math.Min(_position, body.Count));
        var n = Math.Min(available.Length, buffer.Length);
        available[..n].CopyTo(buffer);
        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        cancellationToken.IsCancellationRequested ? ValueTask.FromCanceled<int>(cancellationToken) : new(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => Checked().Count + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private ArraySegment<byte> Checked() =>
        owner.IsDisposed ? throw new ObjectDisposedException(nameof(HttpResponseMessage), "The response was disposed; its body's memory went back to the pool.") : body;
}
