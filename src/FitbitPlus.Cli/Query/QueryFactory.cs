using FitbitPlus.Paging;

namespace FitbitPlus.Cli.Query;

/// <summary>
/// Builds the <see cref="CollectionQuery"/> of a command, filling <c>filter[organization]</c> or <c>filter[groups]</c>
/// from the credentials where needed.
/// </summary>
internal static class QueryFactory
{
    // Any of these already narrows the collection to something the credentials may read.
    private static readonly string[] ScopeFilters = ["filter[organization]", "filter[groups]", "filter[patient]"];

    /// <summary>Checks the request against the operation before anything is sent.</summary>
    /// <exception cref="UsageException">The operation takes no include, or the parent id is missing or superfluous.</exception>
    public static void Validate(CollectionDefinition definition, CollectionOperation operation, string? include, string? parentId)
    {
        if (include is not null && !operation.TakesInclude)
        {
            throw new UsageException($"'{definition.Name}' does not support --include.");
        }

        if (definition.RequiresParentId && parentId is null)
        {
            throw new UsageException($"'{definition.Name}' is nested ({definition.PathTemplate}); give the parent's id with --parent.");
        }

        if (!definition.RequiresParentId && parentId is not null)
        {
            throw new UsageException($"'{definition.Name}' is not nested; --parent applies only to {string.Join(", ", CollectionCatalog.All.Where(d => d.RequiresParentId).Select(d => d.Name))}.");
        }
    }

    /// <summary>
    /// The query: the given filters, plus a default scope filter when the operation takes one and none of organization,
    /// groups or patient was given: <c>filter[organization]</c> = the credentials' organization when the token names
    /// one and the operation takes it, otherwise <c>filter[groups]</c> = the credentials' group ids, comma-separated.
    /// </summary>
    /// <exception cref="UsageException">No default can be filled and the user gave no filter at all.</exception>
    public static async Task<CollectionQuery> CreateAsync(
        FitbitPlusClient client,
        CollectionOperation operation,
        IReadOnlyDictionary<string, string> filters,
        string? include,
        string? parentId,
        CancellationToken cancellationToken)
    {
        var query = new CollectionQuery { Include = include, ParentId = parentId };
        foreach (var (name, value) in filters)
        {
            query.Filters[name] = value;
        }

        if ((operation.TakesOrganizationFilter || operation.TakesGroupsFilter) && !ScopeFilters.Any(filters.ContainsKey))
        {
            var scope = await client.GetCredentialsScopeAsync(cancellationToken).ConfigureAwait(false);
            if (scope.FilterFor(operation.Definition) is { } filter)
            {
                query.Filters[filter.Key] = filter.Value;
            }
            else if (filters.Count == 0)
            {
                // Sending no scope at all would ask the API for something the credentials cannot be known to read.
                throw new UsageException(
                    $"the credentials' token names {(scope.IsEmpty ? "neither an organization nor groups" : $"only {scope}")}, so no default "
                    + $"{Accepted(operation)} can be set; give one with --filter (for example --filter {(operation.TakesOrganizationFilter ? "organization" : "groups")}=<id>).");
            }
        }

        return query;
    }

    private static string Accepted(CollectionOperation operation) => (operation.TakesOrganizationFilter, operation.TakesGroupsFilter) switch
    {
        (true, true) => "filter[organization] or filter[groups]",
        (true, false) => "filter[organization]",
        _ => "filter[groups]",
    };
}
