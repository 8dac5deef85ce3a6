namespace FitbitPlus.SpecDrift;

/// <summary>Compares two fact sets key by key.</summary>
internal static class FactComparer
{
    /// <summary>The differences between <paramref name="baseFacts"/> and <paramref name="targetFacts"/>, ordered by key.</summary>
    public static IReadOnlyList<Difference> Compare(
        IReadOnlyDictionary<string, string> baseFacts,
        IReadOnlyDictionary<string, string> targetFacts)
    {
        var keys = new SortedSet<string>(baseFacts.Keys, StringComparer.Ordinal);
        keys.UnionWith(targetFacts.Keys);
        var differences = new List<Difference>();
        foreach (var key in keys)
        {
            var inBase = baseFacts.TryGetValue(key, out var baseValue);
            var inTarget = targetFacts.TryGetValue(key, out var targetValue);
            if (!inBase)
            {
                differences.Add(new Difference(DifferenceKind.Added, key, null, targetValue));
            }
            else if (!inTarget)
            {
                differences.Add(new Difference(DifferenceKind.Removed, key, baseValue, null));
            }
            else if (!string.Equals(baseValue, targetValue, StringComparison.Ordinal))
            {
                differences.Add(new Difference(DifferenceKind.Changed, key, baseValue, targetValue));
            }
        }

        return differences;
    }

    /// <summary>The number of distinct fact keys across both sets.</summary>
    public static int CountKeys(IReadOnlyDictionary<string, string> baseFacts, IReadOnlyDictionary<string, string> targetFacts) =>
        baseFacts.Keys.Union(targetFacts.Keys, StringComparer.Ordinal).Count();
}
