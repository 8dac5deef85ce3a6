using FitbitPlus.Generated;

namespace FitbitPlus.Paging;

/// <summary>
/// Runs a caller's first-page delegate against a generated client whose HTTP handler only records the request,
/// so the engine can check the URI (no mixed strategies, a GET) before anything is sent, then send it itself.
/// </summary>
internal static class FirstRequestCapture
{
    public static Func<Uri, PageRequest, CancellationToken, Task<Uri>> For<TDocument>(
        FirstPage<TDocument> firstPage)
    {
        ArgumentNullException.ThrowIfNull(firstPage);
        return (baseAddress, page, ct) => CaptureAsync(baseAddress, firstPage, page, ct);
    }

    private static async Task<Uri> CaptureAsync<TDocument>(
        Uri baseAddress,
        FirstPage<TDocument> firstPage,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        var handler = new RecordingHandler();
        using var http = new HttpClient(handler) { BaseAddress = baseAddress };
        try
        {
            await firstPage(new FitbitPlusApiClient(http), page, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (handler.Requests.Count > 0)
        {
            // Expected: the recording handler stops the generated call once it has the request.
        }

        if (handler.Requests.Count != 1)
        {
            throw new ArgumentException(
                $"The first-page delegate must call exactly one collection operation on the client it receives; it called {handler.Requests.Count}.",
                nameof(firstPage));
        }

        var request = handler.Requests[0];
        if (request.Method != HttpMethod.Get || request.RequestUri is null)
        {
            throw new ArgumentException($"The first-page delegate must call a GET collection operation, not {request.Method}.", nameof(firstPage));
        }

        return request.RequestUri;
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<(HttpMethod Method, Uri? RequestUri)> Requests { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add((request.Method, request.RequestUri));
            return Task.FromException<HttpResponseMessage>(new InvalidOperationException("Request recorded, not sent."));
        }
    }
}
