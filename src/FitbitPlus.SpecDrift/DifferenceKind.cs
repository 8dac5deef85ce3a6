namespace FitbitPlus.SpecDrift;

/// <summary>How a fact differs between the base and the target document.</summary>
internal enum DifferenceKind
{
    /// <summary>The fact exists only in the target document.</summary>
    Added,

    /// <summary>The fact exists only in the base document.</summary>
    Removed,

    /// <summary>The fact exists in both documents with different values.</summary>
    Changed,
}
