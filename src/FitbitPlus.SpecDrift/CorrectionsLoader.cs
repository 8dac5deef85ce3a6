namespace FitbitPlus.SpecDrift;

/// <summary>Loads and validates a <c>corrections.yaml</c> file (top-level key <c>corrections</c>, a list of entries).</summary>
internal static class CorrectionsLoader
{
    private static readonly HashSet<string> KnownKeys =
        new(["id", "title", "publisher", "ours", "why", "kinds", "facts", "values", "from", "to"], StringComparer.Ordinal);

    /// <summary>Reads the corrections file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<Correction> Load(string path) => FromTree(YamlTree.LoadFile(path), path);

    /// <summary>Parses corrections YAML text; <paramref name="sourceName"/> labels errors.</summary>
    public static IReadOnlyList<Correction> Parse(string yaml, string sourceName) => FromTree(YamlTree.Parse(yaml, sourceName), sourceName);

    private static IReadOnlyList<Correction> FromTree(object? tree, string sourceName)
    {
        if (Node.AsMap(tree) is not { } root || !root.ContainsKey("corrections"))
        {
            throw Invalid(sourceName, "expected a top-level 'corrections' list");
        }

        if (root["corrections"] is null)
        {
            return [];
        }

        if (Node.List(root, "corrections") is not { } entries)
        {
            throw Invalid(sourceName, "'corrections' must be a list");
        }

        var corrections = new List<Correction>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < entries.Count; index++)
        {
            var correction = ParseEntry(entries[index], $"entry #{index + 1}", sourceName);
            if (!ids.Add(correction.Id))
            {
                throw Invalid(sourceName, $"duplicate correction id '{correction.Id}'");
            }

            corrections.Add(correction);
        }

        return corrections;
    }

    private static Correction ParseEntry(object? node, string label, string sourceName)
    {
        if (Node.AsMap(node) is not { } entry)
        {
            throw Invalid(sourceName, $"{label} is not a mapping");
        }

        if (Node.Scalar(entry, "id") is not { Length: > 0 } id)
        {
            throw Invalid(sourceName, $"{label} has no 'id'");
        }

        var where = $"correction {id}";
        if (entry.Keys.FirstOrDefault(key => !KnownKeys.Contains(key)) is { } unknown)
        {
            throw Invalid(sourceName, $"{where} has unknown key '{unknown}' (known: {string.Join(", ", KnownKeys)})");
        }

        var kinds = RequiredList(entry, "kinds", where, sourceName).Select(kind => ParseKind(kind, where, sourceName)).ToHashSet();
        var facts = RequiredList(entry, "facts", where, sourceName).Select(pattern => new Glob(pattern)).ToList();
        return new Correction
        {
            Id = id,
            Title = Node.Scalar(entry, "title"),
            Kinds = kinds,
            Facts = facts,
            Values = Node.Scalars(entry, "values")?.Select(pattern => new Glob(pattern)).ToList(),
            From = Node.Scalar(entry, "from") is { } from ? new Glob(from) : null,
            To = Node.Scalar(entry, "to") is { } to ? new Glob(to) : null,
        };
    }

    private static IReadOnlyList<string> RequiredList(IReadOnlyDictionary<string, object?> entry, string key, string where, string sourceName) =>
        Node.Scalars(entry, key) is { Count: > 0 } values
            ? values
            : throw Invalid(sourceName, $"{where} needs a non-empty '{key}' list");

    private static DifferenceKind ParseKind(string kind, string where, string sourceName) => kind switch
    {
        "added" => DifferenceKind.Added,
        "removed" => DifferenceKind.Removed,
        "changed" => DifferenceKind.Changed,
        _ => throw Invalid(sourceName, $"{where} has unknown kind '{kind}' (expected added, removed or changed)"),
    };

    private static SpecDriftException Invalid(string sourceName, string problem) =>
        new($"invalid corrections file {sourceName}: {problem}");
}
