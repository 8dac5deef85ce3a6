namespace FitbitPlus.SpecDrift;

/// <summary>One entry of <c>corrections.yaml</c>: a deliberate, documented difference from the publisher's document.</summary>
internal sealed class Correction
{
    /// <summary>The correction id, e.g. <c>C04</c>.</summary>
    public required string Id { get; init; }

    /// <summary>A short title.</summary>
    public string? Title { get; init; }

    /// <summary>The kinds of difference this correction may explain.</summary>
    public required IReadOnlySet<DifferenceKind> Kinds { get; init; }

    /// <summary>Globs over fact keys; any must match.</summary>
    public required IReadOnlyList<Glob> Facts { get; init; }

    /// <summary>Optional globs over the relevant value (target value, base value for removals); any must match.</summary>
    public IReadOnlyList<Glob>? Values { get; init; }

    /// <summary>Optional glob over the base value of a changed fact.</summary>
    public Glob? From { get; init; }

    /// <summary>Optional glob over the target value of a changed fact.</summary>
    public Glob? To { get; init; }

    /// <summary>Whether this correction explains <paramref name="difference"/>.</summary>
    public bool Explains(Difference difference)
    {
        if (!Kinds.Contains(difference.Kind) || !Facts.Any(glob => glob.IsMatch(difference.Key)))
        {
            return false;
        }

        if (Values is not null && !Values.Any(glob => glob.IsMatch(difference.RelevantValue)))
        {
            return false;
        }

        if (difference.Kind == DifferenceKind.Changed)
        {
            if (From is not null && !From.IsMatch(difference.BaseValue ?? string.Empty))
            {
                return false;
            }

            if (To is not null && !To.IsMatch(difference.TargetValue ?? string.Empty))
            {
                return false;
            }
        }

        return true;
    }
}
