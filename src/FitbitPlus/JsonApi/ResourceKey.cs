namespace FitbitPlus.JsonApi;

/// <summary>Identity of a JSON:API resource: its <c>type</c> and <c>id</c>, compared exactly (ordinal, case-sensitive).</summary>
/// <param name="Type">The resource type, for example <c>patient</c>.</param>
/// <param name="Id">The resource id.</param>
public readonly record struct ResourceKey(string Type, string Id)
{
    /// <summary>Formats the key as <c>type/id</c>.</summary>
    public override string ToString() => $"{Type}/{Id}";
}
