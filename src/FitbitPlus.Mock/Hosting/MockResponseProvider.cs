using System.Text;
using FitbitPlus.Mock.Faults;
using FitbitPlus.Mock.Handlers;
using FitbitPlus.Mock.JsonApi;
using FitbitPlus.Mock.Routing;
using Microsoft.AspNetCore.Http;
using WireMock;
using WireMock.ResponseProviders;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace FitbitPlus.Mock.Hosting;

/// <summary>The one WireMock response provider behind the catch-all mapping: counts, injects faults, delegates to the engine.</summary>
internal sealed class MockResponseProvider : IResponseProvider
{
    private readonly MockEngine _engine;
    private readonly MockFaults _faults;
    private int _requestCount;

    /// <summary>Creates the provider.</summary>
    public MockResponseProvider(MockEngine engine, MockFaults faults)
    {
        _engine = engine;
        _faults = faults;
    }

    /// <summary>Requests answered so far (faulted ones included).</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <inheritdoc />
    public async Task<(IResponseMessage Message, IMapping? Mapping)> ProvideResponseAsync(
        IMapping mapping, HttpContext context, IRequestMessage requestMessage, WireMockServerSettings settings)
    {
        Interlocked.Increment(ref _requestCount);
        var requestId = Guid.NewGuid().ToString();
        var request = ToMockRequest(requestMessage);
        var isOAuth = request.Method == "POST" && request.Path.TrimEnd('/') == Router.BasePath + "oauth/token";
        var fault = _faults.Decide(isOAuth);
        var latency = _faults.Latency;
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency).ConfigureAwait(false);
        }

        var response = fault is { } kind
            ? FaultResponder.Respond(kind, requestId, context)
            : _engine.Handle(request, requestId);
        return (ToResponseMessage(response, requestId), null);
    }

    private static MockRequest ToMockRequest(IRequestMessage message)
    {
        string? Header(string name) =>
            message.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

        var body = message.Body;
        if (body is null && message.BodyAsBytes is { Length: > 0 } bytes)
        {
            body = Encoding.UTF8.GetString(bytes);
        }

        return new MockRequest(message.Method, message.Path, QueryParameters.Parse(message.RawQuery), Header("Content-Type"), Header("Authorization"), body);
    }

    private static ResponseMessage ToResponseMessage(MockResponse response, string requestId)
    {
        var message = new ResponseMessage { StatusCode = response.Status };
        message.AddHeader("X-Request-Id", requestId);
        foreach (var header in response.Headers)
        {
            message.AddHeader(header.Key, header.Value);
        }

        if (response.Body is not null)
        {
            message.AddHeader("Content-Type", MockResponse.JsonApiMediaType);
            message.BodyData = new BodyData
            {
                BodyAsString = response.Body,
                DetectedBodyType = BodyType.String,
                Encoding = new UTF8Encoding(false),
            };
        }

        return message;
    }
}
