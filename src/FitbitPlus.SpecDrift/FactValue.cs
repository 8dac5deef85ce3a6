namespace FitbitPlus.SpecDrift;

/// <summary>Builds fact values of the form <c>name=value name=value</c>, skipping absent attributes.</summary>
internal sealed class FactValue
{
    private readonly List<string> parts = [];

    /// <summary>Appends <c>name=value</c> when <paramref name="value"/> is not <c>null</c>.</summary>
    public FactValue Add(string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name}={value}");
        }

        return this;
    }

    /// <summary>Appends <c>name=[a,b]</c> (values already sorted) when <paramref name="values"/> is not <c>null</c>.</summary>
    public FactValue AddList(string name, IReadOnlyList<string>? values) =>
        values is null ? this : Add(name, "[" + string.Join(",", values) + "]");

    /// <summary>Sorted, comma-separated form of a list of values (ordinal order, duplicates removed).</summary>
    public static IReadOnlyList<string> Sorted(IEnumerable<string> values) =>
        values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public override string ToString() => string.Join(" ", parts);
}
