using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Handlers;

/// <summary>Builds JSON:API relationship objects.</summary>
internal static class Relationships
{
    /// <summary><c>{"data":{"type","id"}}</c>.</summary>
    public static JObject ToOne(string type, string id) => new() { ["data"] = Identifier(type, id) };

    /// <summary><c>{"data":[{"type","id"},...]}</c>.</summary>
    public static JObject ToMany(string type, IEnumerable<string> ids) => new() { ["data"] = new JArray(ids.Select(id => Identifier(type, id))) };

    /// <summary><c>{"type","id"}</c>.</summary>
    public static JObject Identifier(string type, string id) => new() { ["type"] = type, ["id"] = id };

    /// <summary>The relationships object of a resource, created when missing.</summary>
    public static JObject Of(JObject resource)
    {
        if (resource["relationships"] is not JObject relationships)
        {
            relationships = new JObject();
            resource["relationships"] = relationships;
        }

        return relationships;
    }

    /// <summary>The attributes object of a resource, created when missing.</summary>
    public static JObject AttributesOf(JObject resource)
    {
        if (resource["attributes"] is not JObject attributes)
        {
            attributes = new JObject();
            resource["attributes"] = attributes;
        }

        return attributes;
    }
}
