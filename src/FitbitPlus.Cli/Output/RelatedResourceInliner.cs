using FitbitPlus.Models;
using FitbitPlus.JsonApi;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Cli.Output;

/// <summary>
/// Resolves a resource's requested relationships against its page's <c>included</c> into one object,
/// <c>{"owner": {resource}, "coaches": [{resource}, ...]}</c>: a to-one relationship becomes the related resource
/// (or <c>null</c> when its data is null), a to-many one an array. Nested paths (<c>questions.answer</c>) are inlined
/// the same way inside the related resource's own <c>included</c> member.
/// Related resources that <c>included</c> lacks are left out and counted in <see cref="ExportStatistics"/>.
/// </summary>
internal sealed class RelatedResourceInliner
{
    private readonly IncludedResources _included;
    private readonly ExportStatistics _statistics;
    private readonly Dictionary<ResourceKey, JObject> _converted = [];

    /// <summary>Creates an inliner over one page's <c>included</c>.</summary>
    public RelatedResourceInliner(IncludedResources included, ExportStatistics statistics)
    {
        _included = included;
        _statistics = statistics;
    }

    /// <summary>The inlined relationships of <paramref name="resource"/> named by <paramref name="tree"/>.</summary>
    public JObject Resolve(JObject resource, IncludeTree tree)
    {
        var result = new JObject();
        foreach (var (name, children) in tree.Children)
        {
            if (resource["relationships"]?[name] is not JObject relationship || !relationship.TryGetValue("data", out var data))
            {
                continue; // The resource has no such relationship (or sent links only): nothing to inline.
            }

            switch (data)
            {
                case JObject identifier:
                    if (Find(identifier, children) is { } related)
                    {
                        result[name] = related;
                    }

                    break;
                case JArray identifiers:
                    result[name] = new JArray(identifiers.OfType<JObject>().Select(i => Find(i, children)).Where(r => r is not null));
                    break;
                default:
                    result[name] = JValue.CreateNull();
                    break;
            }
        }

        return result;
    }

    private JObject? Find(JObject identifier, IncludeTree children)
    {
        var type = identifier.Value<string>("type");
        var id = identifier.Value<string>("id");
        if (type is null || id is null || !_included.TryGet<Resource>(type, id, out var raw))
        {
            _statistics.AddUnresolved(type ?? "?", id ?? "?");
            return null;
        }

        var key = new ResourceKey(type, id);
        if (!_converted.TryGetValue(key, out var json))
        {
            json = ToJson(raw);
            _converted.Add(key, json);
        }

        if (children.IsEmpty)
        {
            return json;
        }

        // Copy before adding the nested member: the same related resource may be shared by many primaries.
        var copy = (JObject)json.DeepClone();
        copy["included"] = Resolve(json, children);
        return copy;
    }

    private static JObject ToJson(Resource resource)
    {
        var json = new JObject { ["type"] = resource.Type, ["id"] = resource.Id };
        Add(json, "attributes", resource.Attributes);
        Add(json, "relationships", resource.Relationships);
        Add(json, "links", resource.Links);
        Add(json, "meta", resource.Meta);
        return json;
    }

    private static void Add(JObject json, string name, object? value)
    {
        if (value is not null)
        {
            json[name] = value as JToken ?? JToken.FromObject(value);
        }
    }
}
