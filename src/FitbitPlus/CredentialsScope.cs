namespace FitbitPlus;

/// <summary>
/// What the configured credentials give access to: their organization and groups, as reported by the token endpoint.
/// Use <see cref="OrganizationId"/> for <c>filter[organization]</c> instead of hard-coding it.
/// </summary>
public sealed class CredentialsScope
{
    /// <summary>Creates a scope.</summary>
    public CredentialsScope(string organizationId, IReadOnlyList<string> groupIds)
    {
        ArgumentException.ThrowIfNullOrEmpty(organizationId);
        ArgumentNullException.ThrowIfNull(groupIds);
        OrganizationId = organizationId;
        GroupIds = groupIds;
    }

    /// <summary>The id of the organization the credentials belong to.</summary>
    public string OrganizationId { get; }

    /// <summary>The ids of the groups the credentials are limited to (empty when the token names none).</summary>
    public IReadOnlyList<string> GroupIds { get; }

    /// <summary>Describes the scope, for example <c>organization 42, groups [7, 9]</c>.</summary>
    public override string ToString() => $"organization {OrganizationId}, groups [{string.Join(", ", GroupIds)}]";
}
