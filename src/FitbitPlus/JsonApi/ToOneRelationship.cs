using FitbitPlus.JsonApi;
using Newtonsoft.Json;

namespace FitbitPlus.Models;

// The generated type cannot tell "data": null (relationship explicitly empty) from a relationship sent with links only:
// both leave Data null. The converter records which one it read, and the member name for include bookkeeping.
[JsonConverter(typeof(ToOneRelationshipConverter))]
public partial class ToOneRelationship
{
    /// <summary>The JSON member name this relationship was read from (for example <c>owner</c>), when known.</summary>
    internal string? Name { get; set; }

    /// <summary>True when the JSON carried <c>"data": null</c>.</summary>
    internal bool HasExplicitNullData { get; set; }
}
