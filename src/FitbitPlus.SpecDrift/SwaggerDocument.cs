namespace FitbitPlus.SpecDrift;

/// <summary>A parsed Swagger 2.0 document with local <c>$ref</c> resolution.</summary>
internal sealed class SwaggerDocument
{
    private const int MaxRefChain = 32;

    private SwaggerDocument(string sourceName, IReadOnlyDictionary<string, object?> root)
    {
        SourceName = sourceName;
        Root = root;
    }

    /// <summary>The file name (or label) used in error messages.</summary>
    public string SourceName { get; }

    /// <summary>The root mapping of the document.</summary>
    public IReadOnlyDictionary<string, object?> Root { get; }

    /// <summary>Loads and validates a Swagger 2.0 YAML file.</summary>
    public static SwaggerDocument Load(string path) => FromTree(YamlTree.LoadFile(path), path);

    /// <summary>Parses and validates Swagger 2.0 YAML text; <paramref name="sourceName"/> labels errors.</summary>
    public static SwaggerDocument Parse(string yaml, string sourceName) => FromTree(YamlTree.Parse(yaml, sourceName), sourceName);

    /// <summary>
    /// Follows <c>$ref</c> chains until a node without <c>$ref</c> is reached; returns the node and the refs followed.
    /// </summary>
    public (object? Node, IReadOnlyList<string> Refs) Deref(object? node)
    {
        var refs = new List<string>();
        while (Node.AsMap(node) is { } map && Node.Scalar(map, "$ref") is { } pointer)
        {
            if (refs.Contains(pointer, StringComparer.Ordinal) || refs.Count >= MaxRefChain)
            {
                throw new SpecDriftException($"circular $ref '{pointer}' in {SourceName}");
            }

            refs.Add(pointer);
            node = ResolvePointer(pointer);
        }

        return (node, refs);
    }

    /// <summary>Resolves a local JSON pointer such as <c>#/definitions/Patient/properties/id</c>.</summary>
    public object? ResolvePointer(string pointer)
    {
        if (!pointer.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new SpecDriftException($"unsupported $ref '{pointer}' in {SourceName}: only local '#/...' references are supported");
        }

        object? current = Root;
        foreach (var rawSegment in pointer[2..].Split('/'))
        {
            var segment = Uri.UnescapeDataString(rawSegment).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            current = current switch
            {
                IReadOnlyDictionary<string, object?> map when map.TryGetValue(segment, out var child) => child,
                IReadOnlyList<object?> list when int.TryParse(segment, out var index) && index >= 0 && index < list.Count => list[index],
                _ => throw new SpecDriftException($"unresolvable $ref '{pointer}' in {SourceName}"),
            };
        }

        return current;
    }

    private static SwaggerDocument FromTree(object? tree, string sourceName)
    {
        if (Node.AsMap(tree) is not { } root)
        {
            throw new SpecDriftException($"invalid document {sourceName}: the top level is not a YAML mapping");
        }

        if (Node.Scalar(root, "swagger") is not "2.0")
        {
            throw new SpecDriftException($"invalid document {sourceName}: expected \"swagger: '2.0'\"");
        }

        return new SwaggerDocument(sourceName, root);
    }
}
