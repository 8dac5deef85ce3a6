namespace FitbitPlus.Authentication;

/// <summary>Checks a token value on receipt, so a hostile or broken token endpoint fails the token request, not every later call.</summary>
internal static class TokenValue
{
    /// <summary>
    /// Why <paramref name="value"/> cannot be sent in an Authorization header or a token request (control characters
    /// such as CR LF, spaces, non-ASCII), or <see langword="null"/> when it can. Never quotes the value.
    /// </summary>
    public static string? Problem(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        foreach (var c in value)
        {
            if (c is < '!' or > '~')
            {
                return char.IsControl(c)
                    ? "contains a control character (such as CR or LF); the token was rejected"
                    : "contains a space or a non-ASCII character; the token was rejected";
            }
        }

        return null;
    }
}
