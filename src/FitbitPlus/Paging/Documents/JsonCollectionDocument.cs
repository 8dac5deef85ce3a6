using FitbitPlus.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Paging;

/// <summary>
/// Any collection document with its resources kept as JSON (dates and other strings exactly as sent), for callers
/// that handle collections by name, such as exporters.
/// </summary>
public sealed class JsonCollectionDocument : ICollectionDocument<JObject>
{
    /// <summary>The page's <c>meta</c>.</summary>
    [JsonProperty("meta")]
    public FetchMeta? Meta { get; set; }

    /// <summary>The page's resources.</summary>
    [JsonProperty("data")]
    public ICollection<JObject>? Data { get; set; }

    /// <summary>The page's <c>included</c> resources (parts as <c>JObject</c>s, exactly as sent, whatever their type).</summary>
    // The generated settings read known types into typed parts; by-name callers write these out verbatim, so not here.
    [JsonProperty("included", ItemConverterType = typeof(JsonApi.RawResourceConverter))]
    public ICollection<Resource>? Included { get; set; }
}
