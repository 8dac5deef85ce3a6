namespace FitbitPlus.SpecDrift;

/// <summary>
/// Turns a body or response schema into property facts keyed by JSON path (<c>data[].attributes.name</c>),
/// independent of how the schema is split into named definitions.
/// </summary>
internal sealed class SchemaWalker(SchemaMerger merger, IDictionary<string, string> facts)
{
    /// <summary>Maximum nesting depth that is walked.</summary>
    public const int MaxDepth = 12;

    /// <summary>Emits one fact per property (and per array item) reachable from <paramref name="schema"/>.</summary>
    public void Walk(string prefix, MergedSchema schema) => Descend(prefix, schema, string.Empty, new HashSet<string>(StringComparer.Ordinal), 0);

    /// <summary>The fact value describing a schema: type, format, enum, additionalProperties and required.</summary>
    public static string Describe(MergedSchema schema, bool? required) =>
        new FactValue()
            .Add("type", schema.Type)
            .Add("format", schema.Format)
            .AddList("enum", schema.Enum)
            .Add("additionalProperties", schema.AdditionalProperties && schema.Properties.Count == 0 ? "true" : null)
            .Add("required", required is null ? null : required.Value ? "true" : "false")
            .ToString();

    private void Descend(string prefix, MergedSchema schema, string path, HashSet<string> ancestors, int depth)
    {
        if (depth >= MaxDepth || schema.Refs.Overlaps(ancestors))
        {
            return;
        }

        var inner = new HashSet<string>(ancestors, StringComparer.Ordinal);
        inner.UnionWith(schema.Refs);

        foreach (var (name, declarations) in schema.Properties)
        {
            var child = merger.Merge(declarations);
            var childPath = path.Length == 0 ? name : path + "." + name;
            facts[prefix + " " + childPath] = Describe(child, schema.Required.Contains(name));
            Descend(prefix, child, childPath, inner, depth + 1);
        }

        if (schema.Items.Count > 0)
        {
            var items = merger.Merge(schema.Items);
            var itemsPath = path + "[]";
            facts[prefix + " " + itemsPath] = Describe(items, required: null);
            Descend(prefix, items, itemsPath, inner, depth + 1);
        }
    }
}
