using FitbitPlus.Mock.Spec;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace FitbitPlus.Tests.Mock.Contract;

/// <summary>The spec's definitions as one JSON Schema document, so that each response can be validated by NJsonSchema.</summary>
internal sealed class ContractSchemas
{
    private readonly JsonSchema _root;

    private ContractSchemas(JsonSchema root) => _root = root;

    /// <summary>Builds the schemas of <paramref name="spec"/>.</summary>
    public static ContractSchemas For(ApiSpec spec)
    {
        var definitions = (JObject)spec.Definitions.DeepClone();
        Nullables(definitions);
        var document = new JObject { ["definitions"] = definitions };
        return new ContractSchemas(JsonSchema.FromJsonAsync(document.ToString()).GetAwaiter().GetResult());
    }

    /// <summary>The problems of <paramref name="json"/> against definition <paramref name="name"/> (empty when valid).</summary>
    public IReadOnlyList<string> Validate(string name, string json) =>
        _root.Definitions.TryGetValue(name, out var schema)
            ? schema.Validate(json).Select(e => $"{e.Kind} at {e.Path}").ToList()
            : [$"no definition {name}"];

    // Swagger 2.0 says x-nullable; JSON Schema says the value may also be null.
    private static void Nullables(JToken token)
    {
        foreach (var child in token.Children().ToList())
        {
            Nullables(child);
        }

        if (token is JObject schema && schema.Value<bool?>("x-nullable") == true)
        {
            schema.Remove("x-nullable");
            var original = (JObject)schema.DeepClone();
            schema.RemoveAll();
            schema["anyOf"] = new JArray(new JObject { ["type"] = "null" }, original);
        }
    }
}
