namespace FitbitPlus.SpecDrift;

/// <summary>The outcome of comparing two documents under a set of corrections.</summary>
/// <param name="FactCount">Distinct fact keys across both documents.</param>
/// <param name="Differences">Every difference, ordered by key.</param>
/// <param name="StaleCorrections">Ids of corrections that explained nothing.</param>
internal sealed record DriftResult(int FactCount, IReadOnlyList<ExplainedDifference> Differences, IReadOnlyList<string> StaleCorrections)
{
    /// <summary>Number of unexplained differences.</summary>
    public int Unexplained => Differences.Count(d => !d.IsExplained);

    /// <summary>Whether the comparison passes: nothing unexplained and no stale correction.</summary>
    public bool Passed => Unexplained == 0 && StaleCorrections.Count == 0;

    /// <summary>Compares <paramref name="baseDocument"/> with <paramref name="targetDocument"/> and applies the corrections.</summary>
    public static DriftResult Compute(SwaggerDocument baseDocument, SwaggerDocument targetDocument, IReadOnlyList<Correction> corrections)
    {
        var baseFacts = FactExtractor.Extract(baseDocument);
        var targetFacts = FactExtractor.Extract(targetDocument);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var differences = new List<ExplainedDifference>();
        foreach (var difference in FactComparer.Compare(baseFacts, targetFacts))
        {
            var ids = corrections.Where(c => c.Explains(difference)).Select(c => c.Id).ToList();
            used.UnionWith(ids);
            differences.Add(new ExplainedDifference(difference, ids));
        }

        var stale = corrections.Select(c => c.Id).Where(id => !used.Contains(id)).ToList();
        return new DriftResult(FactComparer.CountKeys(baseFacts, targetFacts), differences, stale);
    }

    /// <summary>Writes the difference lines, stale corrections and the summary line.</summary>
    public void WriteReport(TextWriter output, bool quiet = false)
    {
        foreach (var difference in Differences.Where(d => !quiet || !d.IsExplained))
        {
            output.WriteLine(difference);
        }

        foreach (var id in StaleCorrections)
        {
            output.WriteLine($"stale correction: {id}");
        }

        int Count(DifferenceKind kind) => Differences.Count(d => d.Difference.Kind == kind);
        output.WriteLine(
            $"SpecDrift: {FactCount} facts compared, {Count(DifferenceKind.Added)} added, {Count(DifferenceKind.Removed)} removed, " +
            $"{Count(DifferenceKind.Changed)} changed, {Differences.Count - Unexplained} explained, {Unexplained} unexplained");
    }
}
