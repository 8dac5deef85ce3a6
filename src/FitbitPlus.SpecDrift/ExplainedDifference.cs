namespace FitbitPlus.SpecDrift;

/// <summary>A difference together with the ids of the corrections that explain it (empty when unexplained).</summary>
/// <param name="Difference">The difference.</param>
/// <param name="ExplainedBy">Ids of every matching correction, in file order.</param>
internal sealed record ExplainedDifference(Difference Difference, IReadOnlyList<string> ExplainedBy)
{
    /// <summary>Whether at least one correction explains the difference.</summary>
    public bool IsExplained => ExplainedBy.Count > 0;

    /// <summary>The report line including the <c>(explained by ...)</c> marker.</summary>
    public override string ToString() =>
        IsExplained ? $"{Difference}  (explained by {string.Join(", ", ExplainedBy)})" : Difference.ToString();
}
