namespace FitbitPlus.Paging;

/// <summary>Filters and options for a collection fetched by name through <see cref="CollectionCatalog"/>.</summary>
public sealed class CollectionQuery
{
    /// <summary>
    /// Filters by name: <c>"organization"</c> becomes <c>filter[organization]</c>; a name containing <c>[</c>
    /// (such as <c>"filter[identifier][system]"</c>) is used as the full parameter name.
    /// </summary>
    public IDictionary<string, string> Filters { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The parent resource's id, for nested collections such as <c>patient.groups</c>.</summary>
    public string? ParentId { get; init; }

    /// <summary>The <c>include</c> parameter (comma-separated relationship paths), if the operation takes one.</summary>
    public string? Include { get; init; }

    /// <summary>The <c>sort</c> parameter, if the operation takes one.</summary>
    public string? Sort { get; init; }

    /// <summary>Builds the first request's relative URI (without paging parameters) for a catalog entry.</summary>
    internal Uri ToRelativeUri(CollectionDefinition collection)
    {
        var path = collection.PathTemplate;
        if (collection.RequiresParentId)
        {
            if (string.IsNullOrWhiteSpace(ParentId))
            {
                throw new ArgumentException($"The collection '{collection.Name}' is nested ({collection.PathTemplate}); set CollectionQuery.ParentId.", "query");
            }

            path = path.Replace("{id}", Uri.EscapeDataString(ParentId), StringComparison.Ordinal);
        }

        var query = new List<string>();
        foreach (var (name, value) in Filters)
        {
            var parameter = name.Contains('[', StringComparison.Ordinal) ? name : $"filter[{name}]";
            if (parameter.StartsWith("page[", StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{parameter}' is a paging parameter; use PagingOptions instead.", "query");
            }

            query.Add(Uri.EscapeDataString(parameter) + "=" + Uri.EscapeDataString(value ?? string.Empty));
        }

        if (Include is not null)
        {
            query.Add("include=" + Uri.EscapeDataString(Include));
        }

        if (Sort is not null)
        {
            query.Add("sort=" + Uri.EscapeDataString(Sort));
        }

        return new Uri(query.Count == 0 ? path : path + "?" + string.Join('&', query), UriKind.Relative);
    }
}
