namespace FitbitPlus.Mock.Routing;

/// <summary>What a writable resource type must contain, taken from the request schemas of the spec.</summary>
internal sealed record ResourceTypeRules(string Type)
{
    /// <summary>Attributes that must be present and non-empty.</summary>
    public IReadOnlyList<string> RequiredAttributes { get; init; } = [];

    /// <summary>Attributes that must be ISO 8601 date-times when present.</summary>
    public IReadOnlyList<string> DateTimeAttributes { get; init; } = [];

    /// <summary>Attributes that must be numbers when present.</summary>
    public IReadOnlyList<string> NumberAttributes { get; init; } = [];

    /// <summary>Attributes that must be booleans when present.</summary>
    public IReadOnlyList<string> BooleanAttributes { get; init; } = [];

    /// <summary>Relationships that must be present with data.</summary>
    public IReadOnlyList<string> RequiredRelationships { get; init; } = [];

    /// <summary>Attributes the server owns; values sent by clients are ignored.</summary>
    public IReadOnlyList<string> ReadOnlyAttributes { get; init; } = [];
}
