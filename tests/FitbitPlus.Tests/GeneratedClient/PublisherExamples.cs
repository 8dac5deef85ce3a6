using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FitbitPlus.Tests.GeneratedClient;

/// <summary>
/// Reads every example of the publisher's document (schema-level examples of definitions; for definitions without
/// one, the property-level examples assembled into one object) and maps each to our generated types: through every
/// operation (response status or request body) that uses the definition, or by its name when no operation uses it.
/// </summary>
internal sealed partial class PublisherExamples
{
    private const string DefinitionPrefix = "#/definitions/";
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private readonly YamlMappingNode _publisherDefinitions;

    private PublisherExamples(YamlMappingNode publisherDefinitions) => _publisherDefinitions = publisherDefinitions;

    /// <summary>Distinct example documents read from the publisher's document.</summary>
    public int ExamplesRead { get; private set; }

    /// <summary>Every (example, target type) pair.</summary>
    public IReadOnlyList<PublisherExample> Cases { get; private set; } = [];

    /// <summary>Loads the examples of <paramref name="publisherPath"/> mapped through <paramref name="ourSpecPath"/>.</summary>
    public static PublisherExamples Load(string publisherPath, string ourSpecPath)
    {
        var publisher = LoadYaml(publisherPath);
        var ours = LoadYaml(ourSpecPath);
        var examples = new PublisherExamples((YamlMappingNode)publisher.Children[new YamlScalarNode("definitions")]);
        examples.Build(publisher, ours);
        return examples;
    }

    private void Build(YamlMappingNode publisher, YamlMappingNode ours)
    {
        var ourDefinitions = ((YamlMappingNode)ours.Children[new YamlScalarNode("definitions")]).Children.Keys
            .Select(k => ((YamlScalarNode)k).Value!).ToHashSet(StringComparer.Ordinal);
        var usages = SchemaUsages(publisher);
        var ourTargets = SchemaUsages(ours).SelectMany(pair => pair.Value.Select(usage => (usage, pair.Key)))
            .ToDictionary(x => x.usage, x => x.Key, StringComparer.Ordinal);

        var cases = new List<PublisherExample>();
        foreach (var (key, node) in _publisherDefinitions.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            var definition = (YamlMappingNode)node;
            var (json, source) = definition.Children.TryGetValue(new YamlScalarNode("example"), out var example)
                ? (ToJson(example), $"definitions/{name}/example")
                : (AssembleProperties(definition, depth: 0), $"definitions/{name} (property examples)");
            if (json is null)
            {
                continue;
            }

            ExamplesRead++;
            var targets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var used = usages.GetValueOrDefault(name) ?? [];
            if (used.Count == 0 && ourDefinitions.Contains(name))
            {
                Add(targets, name, $"definition {name}");
            }

            foreach (var usage in used)
            {
                // Our spec answers the same operation and status (or body) with its own schema; no such answer means no target.
                if (ourTargets.TryGetValue(usage, out var target))
                {
                    Add(targets, target, usage);
                }
            }

            cases.AddRange(targets.Select(t => new PublisherExample($"{name} → {t.Key}", source, json, t.Key, t.Value)));
        }

        Cases = cases;
    }

    private static void Add(Dictionary<string, List<string>> targets, string type, string usage)
    {
        if (!targets.TryGetValue(type, out var list))
        {
            targets[type] = list = [];
        }

        list.Add(usage);
    }

    // Maps each definition name to the usages "op status" / "op body" of the operations that reference it directly.
    private static Dictionary<string, List<string>> SchemaUsages(YamlMappingNode document)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (_, pathNode) in (YamlMappingNode)document.Children[new YamlScalarNode("paths")])
        {
            foreach (var method in Methods)
            {
                if (!((YamlMappingNode)pathNode).Children.TryGetValue(new YamlScalarNode(method), out var opNode))
                {
                    continue;
                }

                var operation = (YamlMappingNode)opNode;
                var id = Scalar(operation, "operationId")!;
                foreach (var parameter in Child<YamlSequenceNode>(operation, "parameters")?.Children ?? [])
                {
                    if (Scalar((YamlMappingNode)parameter, "in") == "body" && RefOf(Child<YamlMappingNode>((YamlMappingNode)parameter, "schema")) is { } body)
                    {
                        Add(result, body, $"{id} body");
                    }
                }

                foreach (var (status, response) in Child<YamlMappingNode>(operation, "responses")?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
                {
                    if (RefOf(Child<YamlMappingNode>((YamlMappingNode)response, "schema")) is { } schema)
                    {
                        Add(result, schema, $"{id} {((YamlScalarNode)status).Value}");
                    }
                }
            }
        }

        return result;
    }

    // The property-level examples of a definition as one object; other definitions' schema-level examples are not borrowed.
    private JToken? AssembleProperties(YamlMappingNode schema, int depth)
    {
        if (depth > 12)
        {
            return null;
        }

        if (RefOf(schema) is { } reference)
        {
            return AssembleProperties((YamlMappingNode)_publisherDefinitions.Children[new YamlScalarNode(reference)], depth + 1);
        }

        if (Child<YamlMappingNode>(schema, "properties") is { } properties)
        {
            var result = new JObject();
            foreach (var (key, property) in properties.Children)
            {
                var value = ExampleOf((YamlMappingNode)property, depth);
                if (value is not null)
                {
                    result[((YamlScalarNode)key).Value!] = value;
                }
            }

            return result.Count == 0 ? null : result;
        }

        return Child<YamlMappingNode>(schema, "items") is { } items && ExampleOf(items, depth) is { } item ? new JArray(item) : null;
    }

    private JToken? ExampleOf(YamlMappingNode property, int depth) =>
        property.Children.TryGetValue(new YamlScalarNode("example"), out var example) && RefOf(property) is null
            ? ToJson(example)
            : AssembleProperties(property, depth + 1);

    private static string? RefOf(YamlMappingNode? schema) =>
        schema is not null && Scalar(schema, "$ref") is { } reference && reference.StartsWith(DefinitionPrefix, StringComparison.Ordinal)
            ? reference[DefinitionPrefix.Length..]
            : null;

    private static T? Child<T>(YamlMappingNode node, string key)
        where T : YamlNode =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child as T : null;

    private static string? Scalar(YamlMappingNode node, string key) => Child<YamlScalarNode>(node, key)?.Value;

    private static YamlMappingNode LoadYaml(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>YAML to JSON with YAML 1.2 core typing of plain scalars; quoted scalars stay strings.</summary>
    private static JToken ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JObject(map.Children.Select(pair => new JProperty(((YamlScalarNode)pair.Key).Value!, ToJson(pair.Value)))),
        YamlSequenceNode list => new JArray(list.Children.Select(ToJson)),
        YamlScalarNode scalar => ScalarToJson(scalar),
        _ => throw new InvalidOperationException($"Unsupported YAML node {node.NodeType} at {node.Start}."),
    };

    private static JToken ScalarToJson(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded && text.TrimStart().StartsWith('{'))
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            return JToken.ReadFrom(reader);
        }

        if (scalar.Style != ScalarStyle.Plain)
        {
            return new JValue(text);
        }

        return text switch
        {
            "" or "null" or "~" => JValue.CreateNull(),
            "true" => new JValue(true),
            "false" => new JValue(false),
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => new JValue(integer),
            _ when NumberPattern().IsMatch(text) => new JValue(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)),
            _ => new JValue(text),
        };
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial Regex NumberPattern();
}
