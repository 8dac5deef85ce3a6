using FitbitPlus.Paging;

namespace FitbitPlus;

/// <summary>
/// What the configured credentials give access to, as reported by the token endpoint: their organization when the
/// token names one, and their groups (the publisher's documented token answer names only groups).
/// Use <see cref="OrganizationId"/> for <c>filter[organization]</c>, or <see cref="GroupIds"/> for <c>filter[groups]</c>
/// when no organization is named, instead of hard-coding either.
/// </summary>
/// <remarks>
/// A token that names neither gives an empty scope (<see cref="IsEmpty"/>) rather than an exception: the token itself
/// is valid, and only a caller that needs a default filter has to decide what to do without one.
/// </remarks>
public sealed class CredentialsScope
{
    /// <summary>Creates a scope.</summary>
    public CredentialsScope(string? organizationId, IReadOnlyList<string> groupIds)
    {
        ArgumentNullException.ThrowIfNull(groupIds);
        OrganizationId = string.IsNullOrEmpty(organizationId) ? null : organizationId;
        GroupIds = groupIds;
    }

    /// <summary>The id of the organization the credentials belong to, or <see langword="null"/> when the token names none.</summary>
    public string? OrganizationId { get; }

    /// <summary>The ids of the groups the credentials are limited to (empty when the token names none).</summary>
    public IReadOnlyList<string> GroupIds { get; }

    /// <summary>True when the token named neither an organization nor a group.</summary>
    public bool IsEmpty => OrganizationId is null && GroupIds.Count == 0;

    /// <summary>
    /// The filter that limits <paramref name="collection"/> to these credentials, as a query parameter and its value:
    /// <c>filter[organization]</c> when the token names an organization and the collection takes that filter, otherwise
    /// <c>filter[groups]</c> with every group (comma-separated) when it takes that one; <see langword="null"/> when neither applies.
    /// </summary>
    /// <param name="collection">The collection, from <see cref="CollectionCatalog"/>.</param>
    public KeyValuePair<string, string>? FilterFor(CollectionDefinition collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        if (OrganizationId is not null && collection.Takes("filter[organization]"))
        {
            return new("filter[organization]", OrganizationId);
        }

        return GroupIds.Count > 0 && collection.Takes("filter[groups]") ? new("filter[groups]", string.Join(",", GroupIds)) : null;
    }

    /// <summary>Describes the scope, for example <c>organization 42, groups [7, 9]</c> or <c>no organization, groups [7]</c>.</summary>
    public override string ToString() =>
        $"{(OrganizationId is null ? "no organization" : $"organization {OrganizationId}")}, groups [{string.Join(", ", GroupIds)}]";
}
