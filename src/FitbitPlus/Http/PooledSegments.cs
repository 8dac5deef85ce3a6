using System.Buffers;

namespace FitbitPlus.Http;

/// <summary>
/// Collects a body of unknown length in pooled fixed-size segments and copies it once into one pooled array, so a
/// body costs no fresh memory once the pool is warm (not the doubling buffers of a growing MemoryStream), and a body
/// refused part-way costs nothing but the pool's segments.
/// </summary>
internal sealed class PooledSegments : IDisposable
{
    private const int SegmentSize = 64 * 1024;
    private readonly List<byte[]> _segments = [];
    private int _lastUsed = SegmentSize;

    /// <summary>Bytes collected so far.</summary>
    public long Length { get; private set; }

    /// <summary>Appends <paramref name="data"/>.</summary>
    public void Write(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            if (_lastUsed == SegmentSize)
            {
                _segments.Add(ArrayPool<byte>.Shared.Rent(SegmentSize));
                _lastUsed = 0;
            }

            var take = Math.Min(data.Length, SegmentSize - _lastUsed);
            data[..take].CopyTo(_segments[^1].AsSpan(_lastUsed));
            _lastUsed += take;
            data = data[take..];
            Length += take;
        }
    }

    /// <summary>The collected bytes as one content, in a pooled array that goes back when the content is disposed.</summary>
    public BufferedContent ToContent()
    {
        var length = checked((int)Length);
        var result = length > 0 ? ArrayPool<byte>.Shared.Rent(length) : [];
        var offset = 0;
        foreach (var segment in _segments)
        {
            var count = Math.Min(SegmentSize, length - offset);
            segment.AsSpan(0, count).CopyTo(result.AsSpan(offset));
            offset += count;
        }

        return new BufferedContent(result, length, rented: length > 0);
    }

    /// <summary>Returns the segments to the pool.</summary>
    public void Dispose()
    {
        foreach (var segment in _segments)
        {
            ArrayPool<byte>.Shared.Return(segment, clearArray: true); // body bytes: tokens, health data
        }

        _segments.Clear();
    }
}
