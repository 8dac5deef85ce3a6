using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Store;

/// <summary>One resource in the store. <see cref="Resource"/> is never mutated once stored: updates replace the record.</summary>
internal sealed record StoredResource(string Type, string Id, long Sequence, JObject Resource, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>A deep copy of the resource, safe to put into an answer document.</summary>
    public JObject Copy() => (JObject)Resource.DeepClone();

    private JsonText? _json;

    /// <summary>
    /// The resource as compact JSON, serialized once per stored version: the store replaces resources (copy on write),
    /// never edits them, and the source check keeps a <c>with</c> copy from reusing its original's text.
    /// </summary>
    public string Json
    {
        get
        {
            if (_json is { } cached && ReferenceEquals(cached.Source, Resource))
            {
                return cached.Text;
            }

            var text = Resource.ToString(Newtonsoft.Json.Formatting.None);
            _json = new JsonText(Resource, text);
            return text;
        }
    }

    private sealed record JsonText(JObject Source, string Text);

    /// <summary>The attributes object (empty when absent).</summary>
    public JObject Attributes => Resource["attributes"] as JObject ?? new JObject();

    /// <summary>The ids of relationship <paramref name="name"/> (to-one or to-many).</summary>
    public IEnumerable<(string Type, string Id)> Related(string name)
    {
        var data = Resource["relationships"]?[name]?["data"];
        if (data is JObject one)
        {
            if (one.Value<string>("type") is { } type && one.Value<string>("id") is { } id)
            {
                yield return (type, id);
            }
        }
        else if (data is JArray many)
        {
            foreach (var item in many.OfType<JObject>())
            {
                if (item.Value<string>("type") is { } type && item.Value<string>("id") is { } id)
                {
                    yield return (type, id);
                }
            }
        }
    }
}
