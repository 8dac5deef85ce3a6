using FitbitPlus.Paging;

namespace FitbitPlus.Cli.Query;

/// <summary>
/// What a collection operation accepts, as the spec declares it (the generated catalog's
/// <see cref="CollectionDefinition.QueryParameters"/>), so the CLI never keeps its own copy of the spec.
/// </summary>
internal sealed class CollectionOperation
{
    private readonly CollectionDefinition _definition;

    private CollectionOperation(CollectionDefinition definition) => _definition = definition;

    /// <summary>The catalog's description of the collection.</summary>
    public CollectionDefinition Definition => _definition;

    /// <summary>True when the operation has a <c>filter[organization]</c> parameter.</summary>
    public bool TakesOrganizationFilter => _definition.Takes("filter[organization]");

    /// <summary>True when the operation has a <c>filter[updated_at]</c> parameter (it can be synced incrementally).</summary>
    public bool TakesUpdatedAtFilter => _definition.Takes("filter[updated_at]");

    /// <summary>True when the operation has a <c>filter[groups]</c> parameter.</summary>
    public bool TakesGroupsFilter => _definition.Takes("filter[groups]");

    /// <summary>True when the operation has an <c>include</c> parameter.</summary>
    public bool TakesInclude => _definition.Takes("include");

    /// <summary>What the operation behind <paramref name="definition"/> accepts.</summary>
    public static CollectionOperation For(CollectionDefinition definition) => new(definition);
}
