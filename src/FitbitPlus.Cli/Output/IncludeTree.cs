namespace FitbitPlus.Cli.Output;

/// <summary>The relationship paths of an <c>--include</c> value as a tree: <c>questions.answer,patient</c> → questions → answer; patient.</summary>
internal sealed class IncludeTree
{
    private readonly Dictionary<string, IncludeTree> _children = new(StringComparer.Ordinal);

    /// <summary>The relationships to inline at this level, each with the ones to inline inside it.</summary>
    public IReadOnlyDictionary<string, IncludeTree> Children => _children;

    /// <summary>True when nothing is to be inlined at this level.</summary>
    public bool IsEmpty => _children.Count == 0;

    /// <summary>Parses an include value; <see langword="null"/> when none was given.</summary>
    /// <exception cref="UsageException">A path is empty or has an empty segment.</exception>
    public static IncludeTree? Parse(string? include)
    {
        if (include is null)
        {
            return null;
        }

        var root = new IncludeTree();
        foreach (var path in include.Split(',', StringSplitOptions.TrimEntries))
        {
            var node = root;
            foreach (var segment in path.Split('.', StringSplitOptions.TrimEntries))
            {
                if (segment.Length == 0)
                {
                    throw new UsageException($"--include expects comma-separated relationship paths such as owner or questions.answer (was '{include}').");
                }

                if (!node._children.TryGetValue(segment, out var child))
                {
                    child = new IncludeTree();
                    node._children.Add(segment, child);
                }

                node = child;
            }
        }

        return root;
    }

    /// <summary>The include value to send: the paths, normalised (no blanks), comma-separated.</summary>
    public string ToQueryValue() => string.Join(',', Paths(string.Empty));

    private IEnumerable<string> Paths(string prefix)
    {
        foreach (var (name, child) in _children)
        {
            var path = prefix + name;
            if (child.IsEmpty)
            {
                yield return path;
            }
            else
            {
                foreach (var nested in child.Paths(path + "."))
                {
                    yield return nested;
                }
            }
        }
    }
}
