using FitbitPlus.JsonApi;
using Newtonsoft.Json;

namespace FitbitPlus;

// By default Newtonsoft turns date-like strings inside untyped members (the JObject parts of included resources,
// object-typed attributes) into DateTime, dropping the offset and reformatting strings. Keeping them as strings lets an
// included resource convert to exactly what the same resource at the top level of a document converts to.
// Included resources of known types are read straight into their generated classes (one pass instead of JObject parts
// converted again on resolution); the pager uses these settings too.
/// <summary>The NSwag-generated client of every API operation (exposed as <c>FitbitPlusClient.Api</c>).</summary>
internal partial class FitbitPlusApiClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerSettings settings)
    {
        settings.DateParseHandling = JsonApiJson.Settings.DateParseHandling;
        settings.Converters.Add(TypedResourceConverter.Instance);
    }
}
