namespace FitbitPlus.SpecDrift;

/// <summary>A schema after <c>$ref</c> resolution and <c>allOf</c> merging.</summary>
/// <param name="Type">The declared type, or the inferred one (<c>object</c> / <c>array</c>), or <c>null</c>.</param>
/// <param name="Format">The declared format, if any.</param>
/// <param name="Enum">Sorted values from <c>enum</c> and <c>x-known-values</c>, or <c>null</c> when neither is present.</param>
/// <param name="AdditionalProperties">Whether <c>additionalProperties</c> is present and not <c>false</c>.</param>
/// <param name="Properties">Each property name with every schema node that declares it (merged later).</param>
/// <param name="Required">Names listed in <c>required</c> by any merged part.</param>
/// <param name="Items">Every <c>items</c> node of the merged parts.</param>
/// <param name="Refs">Every <c>$ref</c> pointer followed while merging (used as cycle guard).</param>
internal sealed record MergedSchema(
    string? Type,
    string? Format,
    IReadOnlyList<string>? Enum,
    bool AdditionalProperties,
    IReadOnlyDictionary<string, IReadOnlyList<object?>> Properties,
    IReadOnlySet<string> Required,
    IReadOnlyList<object?> Items,
    IReadOnlySet<string> Refs);
