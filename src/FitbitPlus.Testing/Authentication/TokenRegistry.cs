using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace FitbitPlus.Mock.Authentication;

/// <summary>Issues, checks and refreshes tokens; time comes from an injectable <see cref="TimeProvider"/>.</summary>
internal sealed class TokenRegistry
{
    private readonly ConcurrentDictionary<string, IssuedToken> _byAccessToken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IssuedToken> _byRefreshToken = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    /// <summary>Creates the registry.</summary>
    public TokenRegistry(TimeProvider time, TimeSpan lifetime)
    {
        _time = time;
        _lifetime = lifetime;
    }

    /// <summary>Lifetime of new access tokens.</summary>
    public TimeSpan Lifetime => _lifetime;

    /// <summary>Issues a fresh token pair under resource id <paramref name="id"/>.</summary>
    public IssuedToken Issue(string id)
    {
        var token = new IssuedToken(id, NewSecret(), NewSecret(), _time.GetUtcNow() + _lifetime);
        _byAccessToken[token.AccessToken] = token;
        _byRefreshToken[token.RefreshToken] = token;
        return token;
    }

    /// <summary>Consumes a refresh token: true once per refresh token, false for unknown or used ones.</summary>
    public bool TryRedeem(string refreshToken) => _byRefreshToken.TryRemove(refreshToken, out _);

    /// <summary>True when the Authorization header carries a known, unexpired bearer token.</summary>
    public bool IsValid(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var value = authorization[Scheme.Length..].Trim();
        return _byAccessToken.TryGetValue(value, out var token) && _time.GetUtcNow() < token.ExpiresAt;
    }

    private static string NewSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
}
