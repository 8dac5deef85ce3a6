using FitbitPlus.JsonApi;
using Newtonsoft.Json;

namespace FitbitPlus.Models;

// See ToOneRelationship: the converter records the member name and an explicit "data": null.
[JsonConverter(typeof(ToManyRelationshipConverter))]
public partial class ToManyRelationship
{
    /// <summary>The JSON member name this relationship was read from (for example <c>coaches</c>), when known.</summary>
    internal string? Name { get; set; }

    /// <summary>True when the JSON carried <c>"data": null</c> (not valid JSON:API for to-many, but seen in the wild).</summary>
    internal bool HasExplicitNullData { get; set; }
}
