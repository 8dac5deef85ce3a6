using System.Net;
using FitbitPlus.Errors;

namespace FitbitPlus.Authentication;

/// <summary>
/// The token endpoint refused the credentials or could not be reached, so no access token could be obtained.
/// <see cref="FitbitPlusException.ErrorCode"/> carries the API's code (for example <c>InvalidCredentials</c>).
/// </summary>
public class FitbitPlusAuthenticationException : FitbitPlusException
{
    /// <summary>Creates an exception describing a failed token request.</summary>
    public FitbitPlusAuthenticationException(
        string message,
        HttpStatusCode? statusCode,
        IReadOnlyList<ApiError>? errors,
        string? requestId,
        string? bodyExcerpt,
        Exception? innerException = null)
        : base(message, statusCode, errors, requestId, bodyExcerpt, innerException)
    {
    }
}
