namespace FitbitPlus.Http;

/// <summary>
/// Reads each response body completely before handing the response outwards. It sits inside the retry handler,
/// so a connection that drops while the body is still arriving surfaces as an exception the retry can handle,
/// instead of as a truncated document in the caller's deserializer.
/// </summary>
internal sealed class ResponseBufferingHandler : DelegatingHandler
{
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
            var bytes = await original.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var buffered = new BufferedContent(bytes);
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
}
