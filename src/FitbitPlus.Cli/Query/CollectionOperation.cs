using System.Reflection;
using FitbitPlus.Generated;
using FitbitPlus.Paging;

namespace FitbitPlus.Cli.Query;

/// <summary>
/// What a collection operation accepts, read from the generated client's method signature (the catalog names the
/// method), so the CLI never keeps its own copy of the spec.
/// </summary>
internal sealed class CollectionOperation
{
    private readonly HashSet<string> _parameters;

    private CollectionOperation(HashSet<string> parameters) => _parameters = parameters;

    /// <summary>True when the operation has a <c>filter[organization]</c> parameter.</summary>
    public bool TakesOrganizationFilter => _parameters.Contains("filterOrganization");

    /// <summary>True when the operation has a <c>filter[updated_at]</c> parameter (it can be synced incrementally).</summary>
    public bool TakesUpdatedAtFilter => _parameters.Contains("filterUpdatedAt");

    /// <summary>True when the operation has a <c>filter[groups]</c> parameter.</summary>
    public bool TakesGroupsFilter => _parameters.Contains("filterGroups");

    /// <summary>True when the operation has an <c>include</c> parameter.</summary>
    public bool TakesInclude => _parameters.Contains("include");

    /// <summary>Reads the parameters of the operation behind <paramref name="definition"/>.</summary>
    public static CollectionOperation For(CollectionDefinition definition)
    {
        var parameters = typeof(IFitbitPlusApiClient).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == definition.OperationName)
            .SelectMany(m => m.GetParameters())
            .Select(p => p.Name!)
            .ToHashSet(StringComparer.Ordinal);
        return new CollectionOperation(parameters);
    }
}
