namespace FitbitPlus.SpecDrift;

/// <summary>Resolves <c>$ref</c> and merges <c>allOf</c> parts into a single <see cref="MergedSchema"/>.</summary>
internal sealed class SchemaMerger(SwaggerDocument document)
{
    /// <summary>Merges all given schema nodes (they are treated as one <c>allOf</c>).</summary>
    public MergedSchema Merge(IEnumerable<object?> nodes)
    {
        var acc = new Accumulator();
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            Accumulate(node, acc, visiting);
        }

        return acc.ToSchema();
    }

    /// <summary>Merges a single schema node.</summary>
    public MergedSchema Merge(object? node) => Merge([node]);

    private void Accumulate(object? node, Accumulator acc, HashSet<string> visiting)
    {
        if (Node.AsMap(node) is not { } map)
        {
            return;
        }

        if (Node.Scalar(map, "$ref") is { } pointer)
        {
            // Swagger 2.0: siblings of $ref are ignored.
            if (!visiting.Add(pointer))
            {
                return;
            }

            acc.Refs.Add(pointer);
            Accumulate(document.ResolvePointer(pointer), acc, visiting);
            visiting.Remove(pointer);
            return;
        }

        acc.Type ??= Node.Scalar(map, "type");
        acc.Format ??= Node.Scalar(map, "format");
        AddAll(acc.Enum, Node.Scalars(map, "enum"), ref acc.HasEnum);
        AddAll(acc.Enum, Node.Scalars(map, "x-known-values"), ref acc.HasEnum);

        if (map.TryGetValue("additionalProperties", out var additional) && additional is not (null or "false"))
        {
            acc.AdditionalProperties = true;
        }

        if (Node.Map(map, "properties") is { } properties)
        {
            foreach (var (name, child) in properties)
            {
                if (!acc.Properties.TryGetValue(name, out var declarations))
                {
                    declarations = [];
                    acc.Properties.Add(name, declarations);
                }

                declarations.Add(child);
            }
        }

        foreach (var name in Node.Scalars(map, "required") ?? [])
        {
            acc.Required.Add(name);
        }

        if (map.TryGetValue("items", out var items) && items is not null)
        {
            acc.Items.Add(items);
        }

        foreach (var part in Node.List(map, "allOf") ?? [])
        {
            Accumulate(part, acc, visiting);
        }
    }

    private static void AddAll(SortedSet<string> target, IReadOnlyList<string>? values, ref bool present)
    {
        if (values is null)
        {
            return;
        }

        present = true;
        target.UnionWith(values);
    }

    private sealed class Accumulator
    {
        public string? Type;
        public string? Format;
        public bool HasEnum;
        public bool AdditionalProperties;
        public readonly SortedSet<string> Enum = new(StringComparer.Ordinal);
        public readonly Dictionary<string, List<object?>> Properties = new(StringComparer.Ordinal);
        public readonly HashSet<string> Required = new(StringComparer.Ordinal);
        public readonly List<object?> Items = [];
        public readonly HashSet<string> Refs = new(StringComparer.Ordinal);

        public MergedSchema ToSchema()
        {
            var type = Type ?? (Properties.Count > 0 || AdditionalProperties ? "object" : Items.Count > 0 ? "array" : null);
            return new MergedSchema(
                type,
                Format,
                HasEnum ? [.. Enum] : null,
                AdditionalProperties,
                Properties.ToDictionary(p => p.Key, p => (IReadOnlyList<object?>)p.Value, StringComparer.Ordinal),
                Required,
                Items,
                Refs);
        }
    }
}
