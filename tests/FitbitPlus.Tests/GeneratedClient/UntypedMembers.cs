using System.Collections;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.GeneratedClient;

/// <summary>
/// Finds the members of a deserialized generated model that reached it only through <c>AdditionalProperties</c>
/// (JSON extension data): values a typed caller cannot read without knowing the JSON name. Paths use JSON names.
/// </summary>
internal static class UntypedMembers
{
    /// <summary>The JSON paths (<c>$.data.attributes.created_at</c>) of every member kept only as extension data.</summary>
    public static List<string> Of(object? model)
    {
        var found = new List<string>();
        Walk(model, "$", found, 0);
        return found;
    }

    private static void Walk(object? value, string path, List<string> found, int depth)
    {
        if (value is null || depth > 20 || value is string || value is JToken)
        {
            return;
        }

        if (value is IEnumerable items && value is not IDictionary)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{i++}]", found, depth + 1);
            }

            return;
        }

        var type = value.GetType();
        if (type.Namespace != "FitbitPlus.Models")
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            if (property.GetCustomAttribute<JsonExtensionDataAttribute>() is not null)
            {
                if (property.GetValue(value) is IDictionary extra)
                {
                    found.AddRange(extra.Keys.Cast<object>().Select(k => $"{path}.{k}"));
                }
            }
            else if (property.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName is { } name)
            {
                Walk(property.GetValue(value), $"{path}.{name}", found, depth + 1);
            }
        }
    }
}
