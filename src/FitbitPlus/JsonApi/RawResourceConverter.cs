using FitbitPlus.Models;
using Newtonsoft.Json;

namespace FitbitPlus.JsonApi;

/// <summary>
/// Reads a <see cref="Resource"/> generically (its parts as <c>JObject</c>s, exactly as sent), whatever converters the
/// serializer has: for by-name documents that hand the JSON on verbatim, and the typed reading's fallback.
/// </summary>
internal sealed class RawResourceConverter : JsonConverter
{
    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override bool CanConvert(Type objectType) => objectType == typeof(Resource);

    /// <summary>Reads the resource the reader is on with the generated contract and no converters.</summary>
    public static Resource? Read(JsonReader reader) => JsonApiJson.Serializer.Deserialize<Resource>(reader);

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) => Read(reader);

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        throw new NotSupportedException("Serialization uses the generated contract (CanWrite is false).");
}
