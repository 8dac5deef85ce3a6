namespace FitbitPlus.Authentication;

/// <summary>A token issued by the token endpoint, with the monotonic timestamps that decide when it is renewed.</summary>
/// <remarks>Deliberately not a record: a generated <c>ToString</c> would print the token values.</remarks>
internal sealed class AccessToken
{
    public AccessToken(string value, string? refreshToken, long renewAtTimestamp, long expiresAtTimestamp, CredentialsScope? scope)
    {
        Value = value;
        RefreshToken = refreshToken;
        RenewAtTimestamp = renewAtTimestamp;
        ExpiresAtTimestamp = expiresAtTimestamp;
        Scope = scope;
    }

    /// <summary>The bearer token sent in the Authorization header.</summary>
    public string Value { get; }

    /// <summary>The refresh token, when the endpoint issued one.</summary>
    public string? RefreshToken { get; }

    /// <summary><see cref="TimeProvider.GetTimestamp"/> value after which the token is renewed before use.</summary>
    public long RenewAtTimestamp { get; }

    /// <summary><see cref="TimeProvider.GetTimestamp"/> value at which the token expires (measured from when it was requested).</summary>
    public long ExpiresAtTimestamp { get; }

    /// <summary>The credentials' organization and groups, when the token response named them.</summary>
    public CredentialsScope? Scope { get; }

    /// <summary>Never shows the token values.</summary>
    public override string ToString() => "AccessToken (redacted)";
}
