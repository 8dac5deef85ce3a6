using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Spec;

/// <summary>
/// <c>spec/fitbit-plus.yaml</c> as the mock reads it at start-up (embedded in this assembly): the operations the
/// mock serves and the definitions their answers follow. A spec change is picked up by the next build.
/// </summary>
internal sealed class ApiSpec
{
    private const string ResourceName = "FitbitPlus.Testing.fitbit-plus.yaml";
    private static readonly Lazy<ApiSpec> EmbeddedSpec = new(LoadEmbedded);

    private ApiSpec(JObject root)
    {
        Root = root;
        Definitions = root["definitions"] as JObject ?? new JObject();
        var operations = new List<SpecOperation>();
        foreach (var path in (root["paths"] as JObject ?? new JObject()).Properties())
        {
            foreach (var method in (path.Value as JObject ?? new JObject()).Properties().Where(p => p.Value is JObject))
            {
                operations.Add(new SpecOperation(this, method.Name.ToUpperInvariant(), path.Name, (JObject)method.Value));
            }
        }

        Operations = operations;
    }

    /// <summary>The spec this assembly was built with.</summary>
    public static ApiSpec Embedded => EmbeddedSpec.Value;

    /// <summary>The whole document.</summary>
    public JObject Root { get; }

    /// <summary>The <c>definitions</c> map.</summary>
    public JObject Definitions { get; }

    /// <summary>Every operation, in document order.</summary>
    public IReadOnlyList<SpecOperation> Operations { get; }

    /// <summary>Reads a Swagger 2.0 document.</summary>
    public static ApiSpec Parse(string yaml) =>
        new(YamlJson.Parse(yaml) as JObject ?? throw new InvalidDataException("The spec is not a YAML mapping."));

    /// <summary>The schema <paramref name="schema"/> points to when it is a <c>$ref</c>, else itself.</summary>
    public JObject? Resolve(JToken? schema)
    {
        for (var hops = 0; schema is JObject { } map && map["$ref"] is JValue reference && hops < 32; hops++)
        {
            schema = Definitions[reference.ToString().Split('/')[^1]];
        }

        return schema as JObject;
    }

    /// <summary>The property <paramref name="name"/> of an object schema, resolved.</summary>
    public JObject? Property(JToken? schema, string name) => Resolve(Resolve(schema)?["properties"]?[name]);

    private static ApiSpec LoadEmbedded()
    {
        using var stream = typeof(ApiSpec).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded spec {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
