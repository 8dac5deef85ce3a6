namespace FitbitPlus.JsonApi;

/// <summary>The relationship names named by an <c>include</c> query value such as <c>owner,questions.answer</c>.</summary>
internal sealed class IncludePaths
{
    private readonly HashSet<string> _names;

    private IncludePaths(HashSet<string> names) => _names = names;

    /// <summary>No include requested.</summary>
    public static IncludePaths None { get; } = new(new HashSet<string>(StringComparer.Ordinal));

    /// <summary>
    /// Parses a comma-separated include value. Every dot-separated segment counts as a requested relationship name,
    /// so <c>questions.answer</c> requests <c>questions</c> and <c>answer</c> (on whichever resource carries it).
    /// </summary>
    public static IncludePaths Parse(string? include)
    {
        if (string.IsNullOrWhiteSpace(include))
        {
            return None;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in include.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                names.Add(segment);
            }
        }

        return new IncludePaths(names);
    }

    /// <summary>True when the relationship name was requested (exact, case-sensitive).</summary>
    public bool Contains(string? relationshipName) => relationshipName is not null && _names.Contains(relationshipName);
}
