using Newtonsoft.Json.Linq;

namespace FitbitPlus.Cli.Output;

/// <summary>
/// One resource as the flat object a CSV row is made of: <c>id</c>, <c>type</c>, the attributes (renamed
/// <c>attributes.&lt;name&gt;</c> where they would clash with another column), then each inlined relationship as
/// <c>{id, type, attributes…, nested includes…}</c> (an array for to-many relationships).
/// </summary>
internal static class CsvRow
{
    /// <summary>The column holding, as a JSON object, every value of a row that has no column of its own.</summary>
    public const string ExtraColumn = "extra_json";

    /// <summary>Builds the flat object of <paramref name="resource"/>.</summary>
    public static JObject Of(JObject resource, JObject? related, IReadOnlyCollection<string> relationships)
    {
        var row = new JObject { ["id"] = resource["id"]?.DeepClone(), ["type"] = resource["type"]?.DeepClone() };
        foreach (var attribute in (resource["attributes"] as JObject)?.Properties() ?? [])
        {
            row[AttributeName(attribute.Name, relationships)] = attribute.Value.DeepClone();
        }

        foreach (var relationship in relationships)
        {
            if (related?[relationship] is { } value)
            {
                row[relationship] = View(value);
            }
        }

        return row;
    }

    /// <summary>The column name of a top-level attribute: prefixed when it would look like another column.</summary>
    public static string AttributeName(string attribute, IReadOnlyCollection<string> relationships) =>
        attribute is "id" or "type" or ExtraColumn || relationships.Contains(attribute)
            || attribute.StartsWith("attributes.", StringComparison.Ordinal)
            ? "attributes." + attribute
            : attribute;

    /// <summary>An attribute path (<c>type</c>, <c>addresses[].city</c>) with its first segment renamed like <see cref="AttributeName"/>.</summary>
    public static string AttributePath(string path, IReadOnlyCollection<string> relationships)
    {
        var end = path.IndexOfAny(['.', '[']);
        var first = end < 0 ? path : path[..end];
        var renamed = AttributeName(first, relationships);
        return renamed == first ? path : renamed + path[first.Length..];
    }

    private static JToken View(JToken related) => related switch
    {
        JObject resource => ViewOf(resource),
        JArray many => new JArray(many.Select(View)),
        _ => related.DeepClone(),
    };

    private static JObject ViewOf(JObject resource)
    {
        var view = new JObject { ["id"] = resource["id"]?.DeepClone(), ["type"] = resource["type"]?.DeepClone() };
        foreach (var attribute in (resource["attributes"] as JObject)?.Properties() ?? [])
        {
            view[attribute.Name is "id" or "type" ? "attributes." + attribute.Name : attribute.Name] = attribute.Value.DeepClone();
        }

        foreach (var nested in (resource["included"] as JObject)?.Properties() ?? [])
        {
            view[view.ContainsKey(nested.Name) ? "included." + nested.Name : nested.Name] = View(nested.Value);
        }

        return view;
    }
}
