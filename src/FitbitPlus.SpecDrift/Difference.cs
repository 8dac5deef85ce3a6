namespace FitbitPlus.SpecDrift;

/// <summary>One differing fact.</summary>
/// <param name="Kind">Whether the fact was added, removed or changed.</param>
/// <param name="Key">The fact key, e.g. <c>param fetchPatients query page[size]</c>.</param>
/// <param name="BaseValue">The value in the base document (<c>null</c> when added).</param>
/// <param name="TargetValue">The value in the target document (<c>null</c> when removed).</param>
internal sealed record Difference(DifferenceKind Kind, string Key, string? BaseValue, string? TargetValue)
{
    /// <summary>The value a correction's <c>values</c> globs apply to: target value, or base value for removals.</summary>
    public string RelevantValue => (Kind == DifferenceKind.Removed ? BaseValue : TargetValue) ?? string.Empty;

    /// <summary>The report line, e.g. <c>+ key: value</c> or <c>~ key: old -> new</c>.</summary>
    public override string ToString() => Kind switch
    {
        DifferenceKind.Added => $"+ {Key}: {TargetValue}",
        DifferenceKind.Removed => $"- {Key}: {BaseValue}",
        _ => $"~ {Key}: {BaseValue} -> {TargetValue}",
    };
}
