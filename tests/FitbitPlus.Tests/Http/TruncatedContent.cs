using System.Net;
using System.Text;

namespace FitbitPlus.Tests.Http;

/// <summary>A body whose connection drops after <paramref name="partial"/> has arrived.</summary>
internal sealed class TruncatedContent(string partial) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(Encoding.UTF8.GetBytes(partial));
        throw new IOException("The response ended prematurely.");
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
