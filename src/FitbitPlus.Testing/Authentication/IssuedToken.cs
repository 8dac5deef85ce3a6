namespace FitbitPlus.Mock.Authentication;

/// <summary>A token the mock handed out.</summary>
/// <param name="Id">Resource id of the token (<c>data.id</c>).</param>
/// <param name="AccessToken">Bearer value.</param>
/// <param name="RefreshToken">Single-use refresh value.</param>
/// <param name="ExpiresAt">When the access token stops working.</param>
internal sealed record IssuedToken(string Id, string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt);
