using System.Text;
using FitbitPlus.Mock.Handlers;
using FitbitPlus.Mock.JsonApi;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace FitbitPlus.Mock.Hosting;

/// <summary>The WireMock callback of the catch-all mapping: translates between WireMock messages and the engine.</summary>
internal sealed class EngineCallback
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);
    private readonly MockEngine _engine;

    /// <summary>Creates the callback.</summary>
    public EngineCallback(MockEngine engine) => _engine = engine;

    /// <summary>Answers one request.</summary>
    public IResponseMessage Respond(IRequestMessage message)
    {
        var requestId = Guid.NewGuid().ToString();
        var response = _engine.Handle(ToMockRequest(message), requestId);
        return ToResponseMessage(response, requestId);
    }

    private static MockRequest ToMockRequest(IRequestMessage message)
    {
        string? Header(string name) =>
            message.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

        var body = message.Body;
        if (body is null && message.BodyAsBytes is { Length: > 0 } bytes)
        {
            body = Utf8.GetString(bytes);
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
            message.BodyData = new BodyData { BodyAsString = response.Body, DetectedBodyType = BodyType.String, Encoding = Utf8 };
        }

        return message;
    }
}
