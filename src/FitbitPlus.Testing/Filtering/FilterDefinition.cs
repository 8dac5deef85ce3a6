namespace FitbitPlus.Mock.Filtering;

/// <summary>A filter an operation declares: the query parameter, how to evaluate it and on what.</summary>
internal sealed record FilterDefinition(string Parameter, FilterKind Kind, string? Path = null)
{
    /// <summary>Shorthand for the common <c>filter[organization]</c>.</summary>
    public static FilterDefinition Organization { get; } = new("filter[organization]", FilterKind.Organization);

    /// <summary>Shorthand for the common <c>filter[groups]</c>.</summary>
    public static FilterDefinition Groups { get; } = new("filter[groups]", FilterKind.Groups);

    /// <summary>Shorthand for the common <c>filter[patient]</c>.</summary>
    public static FilterDefinition Patient { get; } = new("filter[patient]", FilterKind.Patient);

    /// <summary><c>filter[created_at]</c> on the record's creation time.</summary>
    public static FilterDefinition CreatedAt { get; } = new("filter[created_at]", FilterKind.DateRange, "@created_at");

    /// <summary><c>filter[updated_at]</c> on the record's last update time.</summary>
    public static FilterDefinition UpdatedAt { get; } = new("filter[updated_at]", FilterKind.DateRange, "@updated_at");
}
