using Newtonsoft.Json;

namespace FitbitPlus.JsonApi;

/// <summary>The Newtonsoft settings this feature reads and writes JSON:API documents with.</summary>
internal static class JsonApiJson
{
    /// <summary>
    /// Like the generated client's settings, except that date-like strings stay strings in untyped members
    /// (<c>JObject</c>), so an included resource converts to the same values as a top-level one.
    /// </summary>
    public static JsonSerializerSettings Settings { get; } = new()
    {
        DateParseHandling = DateParseHandling.None,
    };

    /// <summary>A shared serializer with <see cref="Settings"/> (thread-safe for reading and writing once configured).</summary>
    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(Settings);
}
