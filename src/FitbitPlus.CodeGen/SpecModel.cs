using YamlDotNet.Serialization;

namespace FitbitPlus.CodeGen;

/// <summary>The parts of the Swagger document the facade needs, read as plain YAML maps.</summary>
internal sealed class SpecModel
{
    private readonly Dictionary<object, object> _definitions;

    private SpecModel(Dictionary<object, object> root)
    {
        _definitions = (Dictionary<object, object>)root["definitions"];
        var paths = (Dictionary<object, object>)root["paths"];
        foreach (var (path, item) in paths)
        {
            foreach (var (method, op) in (Dictionary<object, object>)item)
            {
                Operations.Add(new SpecOperation(this, ((string)method).ToUpperInvariant(), (string)path, (Dictionary<object, object>)op));
            }
        }
    }

    public List<SpecOperation> Operations { get; } = [];

    public static SpecModel Load(string file) =>
        new(new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(File.ReadAllText(file)));

    public Dictionary<object, object> Definition(string name) => (Dictionary<object, object>)_definitions[name];

    public static string RefName(object? schema) =>
        schema is Dictionary<object, object> map && map.TryGetValue("$ref", out var r) ? ((string)r).Split('/')[^1] : string.Empty;

    /// <summary>The class named by <c>properties.{member}.$ref</c> of a definition, or empty.</summary>
    public string MemberRef(string definition, string member) =>
        Properties(definition).TryGetValue(member, out var m) ? RefName(m) : string.Empty;

    public Dictionary<object, object> Properties(string definition) =>
        Definition(definition).TryGetValue("properties", out var p) ? (Dictionary<object, object>)p : [];
}
