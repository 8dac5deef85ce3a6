namespace FitbitPlus.Http;

/// <summary>Forwards to a handler the caller owns, without disposing it when the client is disposed.</summary>
internal sealed class NonDisposingHandler : HttpMessageHandler
{
    private readonly HttpMessageInvoker _inner;

    public NonDisposingHandler(HttpMessageHandler inner) => _inner = new HttpMessageInvoker(inner, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _inner.SendAsync(request, cancellationToken);
}
