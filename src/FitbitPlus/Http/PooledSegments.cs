using System.Buffers;

namespace FitbitPlus.Http;

/// <summary>
/// Collects a body of unknown length in pooled fixed-size segments and copies it once into an exact-size array, so a
/// body costs about twice its size while it is read (not the doubling buffers of a growing MemoryStream), and a body
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

    /// <summary>The collected bytes in one array of exactly <see cref="Length"/> bytes.</summary>
    public byte[] ToArray()
    {
        var result = GC.AllocateUninitializedArray<byte>(checked((int)Length));
        var offset = 0;
        foreach (var segment in _segments)
        {
            var count = (int)Math.Min(SegmentSize, Length - offset);
            segment.AsSpan(0, count).CopyTo(result.AsSpan(offset));
            offset += count;
        }

        return result;
    }

    /// <summary>Returns the segments to the pool.</summary>
    public void Dispose()
    {
        foreach (var segment in _segments)
        {
            ArrayPool<byte>.Shared.Return(segment);
        }

        _segments.Clear();
    }
}
