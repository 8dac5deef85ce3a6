using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.JsonApi;

/// <summary>The answer the engine produces; the hosting layer turns it into an HTTP response.</summary>
internal sealed class MockResponse
{
    /// <summary>The JSON:API media type every document is served with.</summary>
    public const string JsonApiMediaType = "application/vnd.api+json";

    private MockResponse(int status, string? body)
    {
        Status = status;
        Body = body;
    }

    /// <summary>HTTP status code.</summary>
    public int Status { get; }

    /// <summary>Serialized body, or null for an empty answer.</summary>
    public string? Body { get; }

    /// <summary>Extra headers (Content-Type is implied by a body).</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A JSON:API document answer.</summary>
    public static MockResponse Document(int status, JObject document) =>
        new(status, document.ToString(Formatting.None));

    /// <summary>An answer without body (e.g. 204).</summary>
    public static MockResponse Empty(int status) => new(status, null);

    /// <summary>An answer with a raw body, used by fault injection.</summary>
    public static MockResponse Raw(int status, string body) => new(status, body);
}
