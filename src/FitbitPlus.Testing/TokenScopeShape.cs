namespace FitbitPlus.Mock;

/// <summary>Which relationships the mock's token answer names, to test clients against both shapes the API is known to send.</summary>
public enum TokenScopeShape
{
    /// <summary>Names the credentials' organization and groups (<c>data.relationships.organization</c> and <c>.groups</c>).</summary>
    Organization,

    /// <summary>Names only the groups, as the publisher's documented <c>createToken</c> answer does.</summary>
    GroupsOnly,
}
