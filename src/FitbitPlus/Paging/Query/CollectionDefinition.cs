namespace FitbitPlus.Paging;

/// <summary>One GET collection operation of the API, as listed in <see cref="CollectionCatalog"/>.</summary>
/// <param name="Name">The catalog key: the JSON:API type name (<c>patient</c>) or, for nested collections, <c>parent.children</c>.</param>
/// <param name="ResourceTypeName">The JSON:API <c>type</c> of the resources in <c>data</c>.</param>
/// <param name="PathTemplate">The operation's path relative to the base address (<c>patient/{id}/groups</c>).</param>
/// <param name="DocumentType">The generated collection document class.</param>
/// <param name="ResourceType">The generated resource class.</param>
/// <param name="OperationName">The method of <c>IFitbitPlusApiClient</c> that fetches the first page.</param>
public sealed record CollectionDefinition(
    string Name,
    string ResourceTypeName,
    string PathTemplate,
    Type DocumentType,
    Type ResourceType,
    string OperationName)
{
    /// <summary>The query parameters the spec declares for the operation, by wire name (<c>filter[organization]</c>, <c>include</c>), paging excluded.</summary>
    public IReadOnlyList<string> QueryParameters { get; init; } = [];

    /// <summary>True when the spec declares the query parameter <paramref name="wireName"/> for the operation.</summary>
    public bool Takes(string wireName) => QueryParameters.Contains(wireName, StringComparer.Ordinal);

    /// <summary>True when the path needs <see cref="CollectionQuery.ParentId"/>.</summary>
    public bool RequiresParentId => PathTemplate.Contains("{id}", StringComparison.Ordinal);
}
