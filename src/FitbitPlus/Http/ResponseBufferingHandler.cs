using System.Buffers;
using System.Globalization;
using System.Net;
using FitbitPlus.Errors;

namespace FitbitPlus.Http;

/// <summary>
/// Reads each response body completely before handing the response outwards. It sits inside the retry handler,
/// so a connection that drops while the body is still arriving surfaces as an exception the retry can handle,
/// instead of as a truncated document in the caller's deserializer. Bodies are counted while they stream in and
/// refused beyond the chain's limit (<see cref="FitbitPlusClientOptions.MaxResponseBytes"/> for API answers,
/// <see cref="FitbitPlusClientOptions.MaxTokenResponseBytes"/> for token answers), so a runaway or hostile body cannot
/// exhaust memory; a body of declared length is read into one exact array.
/// </summary>
internal sealed class ResponseBufferingHandler : DelegatingHandler
{
    private const int ChunkSize = 81920;
    private readonly long _maxBytes;
    private readonly string _limitOption;
    private readonly ExchangeFailure _failure;

    /// <param name="maxBytes">The largest body read.</param>
    /// <param name="limitOption">The <see cref="FitbitPlusClientOptions"/> property that sets <paramref name="maxBytes"/>, named in the error.</param>
    /// <param name="failure">Creates the exception for a body over the limit.</param>
    public ResponseBufferingHandler(long maxBytes, string limitOption, ExchangeFailure failure)
    {
        _maxBytes = maxBytes;
        _limitOption = limitOption;
        _failure = failure;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Content is BufferedContent)
        {
            return response;
        }

        try
        {
            var original = response.Content;
            var buffered = await ReadBoundedAsync(request, response, cancellationToken).ConfigureAwait(false);
            foreach (var header in original.Headers)
            {
                // The buffered content computes its own length.
                if (!header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            response.Content = buffered;
            original.Dispose();
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<BufferedContent> ReadBoundedAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = _maxBytes;
        var declared = response.Content.Headers.ContentLength;
        if (declared > limit)
        {
            throw TooLarge(request, response.StatusCode, limit, $"of {declared} bytes (Content-Length), more than");
        }

        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);

        // A declared length is read straight into a pooled array of at least that size, which goes back to the pool
        // when the response is disposed: once the pool is warm, a body read and deserialized allocates nothing for its bytes.
        var length = (int)(declared ?? 0);
        var body = length > 0 ? ArrayPool<byte>.Shared.Rent(length) : null;
        var handedOver = false;
        try
        {
            var filled = 0;
            int read;
            while (filled < length && (read = await stream.ReadAsync(body.AsMemory(filled, length - filled), cancellationToken).ConfigureAwait(false)) > 0)
            {
                filled += read;
            }

            read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                handedOver = body is not null;
                return new BufferedContent(body ?? [], filled, rented: handedOver);
            }

            // No Content-Length (or more than it said): pooled segments, one copy into a pooled array at the end, so a
            // refused body costs no more than the pool's segments.
            using var buffer = new PooledSegments();
            buffer.Write(body.AsSpan(0, filled));
            do
            {
                if (buffer.Length + read > limit)
                {
                    throw TooLarge(request, response.StatusCode, limit, "longer than");
                }

                buffer.Write(chunk.AsSpan(0, read));
            }
            while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0);

            return buffer.ToContent();
        }
        finally
        {
            if (!handedOver && body is not null)
            {
                ArrayPool<byte>.Shared.Return(body, clearArray: true); // refused, cancelled, failed, or copied into the segments
            }

            ArrayPool<byte>.Shared.Return(chunk, clearArray: true);
        }
    }

    private FitbitPlusException TooLarge(HttpRequestMessage request, HttpStatusCode status, long limit, string size) =>
        _failure($"{ErrorResponseReader.DescribeRequest(request)} answered HTTP {(int)status} ({status}) with a body {size} the limit of "
            + $"{Describe(limit)} (FitbitPlusClientOptions.{_limitOption}); it was not read further.", status);

    private static string Describe(long bytes) =>
        bytes % (1024 * 1024) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MiB")
        : bytes % 1024 == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024} KiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
