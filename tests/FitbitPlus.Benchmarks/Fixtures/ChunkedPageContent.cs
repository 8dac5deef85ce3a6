using System.Net;

namespace FitbitPlus.Benchmarks.Fixtures;

/// <summary>
/// A response body kept as small pieces (about one resource each) and written piece by piece, with an exact
/// Content-Length as a real server would send. The in-process server thus allocates no large object of its own,
/// so what the measurements see on the large-object heap is the client's.
/// </summary>
internal sealed class ChunkedPageContent : HttpContent
{
    private readonly IReadOnlyList<byte[]> _pieces;
    private readonly long _length;

    public ChunkedPageContent(IReadOnlyList<byte[]> pieces)
    {
        _pieces = pieces;
        _length = pieces.Sum(p => (long)p.Length);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        foreach (var piece in _pieces)
        {
            await stream.WriteAsync(piece).ConfigureAwait(false);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }
}
