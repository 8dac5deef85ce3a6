using Newtonsoft.Json;

namespace FitbitPlus.Generated;

// By default Newtonsoft turns date-like strings inside untyped members (the JObject parts of included resources,
// object-typed attributes) into DateTime, dropping the offset and reformatting strings. Keeping them as strings lets an
// included resource convert to exactly what the same resource at the top level of a document converts to.
/// <summary>The NSwag-generated client of every API operation (exposed as <c>FitbitPlusClient.Api</c>).</summary>
internal partial class FitbitPlusApiClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerSettings settings) =>
        settings.DateParseHandling = JsonApi.JsonApiJson.Settings.DateParseHandling;
}
