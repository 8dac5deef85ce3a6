using FitbitPlus.Mock.Filtering;

namespace FitbitPlus.Mock.Routing;

/// <summary>One operation of the spec as a table row: the generic handlers read everything else from here.</summary>
internal sealed record RouteDefinition(string OperationId, string Method, string Template, RouteKind Kind, string ResourceType)
{
    /// <summary>Filters the operation declares.</summary>
    public IReadOnlyList<FilterDefinition> Filters { get; init; } = [];

    /// <summary>Filters that must all be present.</summary>
    public IReadOnlyList<string> RequiredFilters { get; init; } = [];

    /// <summary>At least one of these filters must be present (empty: no such rule).</summary>
    public IReadOnlyList<string> OneOfFilters { get; init; } = [];

    /// <summary>Relationship names <c>include=</c> may name.</summary>
    public IReadOnlyList<string> Includes { get; init; } = [];

    /// <summary>Attribute names <c>sort=</c> may name (with optional leading '-').</summary>
    public IReadOnlyList<string> Sorts { get; init; } = [];

    /// <summary>The largest page the spec documents for this operation (null: the server's limit only).</summary>
    public int? MaxPageSize { get; init; }

    /// <summary>Status of a successful answer.</summary>
    public int SuccessStatus { get; init; } = 200;

    /// <summary>For related routes: the parent's relationship to follow.</summary>
    public string? Relationship { get; init; }

    /// <summary>For related routes: the parent's type.</summary>
    public string? ParentType { get; init; }

    /// <summary>Path segments of <see cref="Template"/>.</summary>
    public string[] Segments { get; } = Template.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
