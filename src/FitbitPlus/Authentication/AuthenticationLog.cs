using System.Net;
using Microsoft.Extensions.Logging;

namespace FitbitPlus.Authentication;

/// <summary>Structured log events of the token lifecycle. No token or secret value is ever passed to these methods.</summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 1, EventName = "TokenAcquired", Level = LogLevel.Information,
        Message = "Obtained an access token with grant {GrantType}; it expires in {ExpiresInSeconds} s.")]
    public static partial void TokenAcquired(ILogger logger, string grantType, double expiresInSeconds);

    [LoggerMessage(EventId = 2, EventName = "TokenRenewed", Level = LogLevel.Information,
        Message = "Renewed the access token with grant {GrantType}; it expires in {ExpiresInSeconds} s.")]
    public static partial void TokenRenewed(ILogger logger, string grantType, double expiresInSeconds);

    [LoggerMessage(EventId = 3, EventName = "RefreshRejected", Level = LogLevel.Warning,
        Message = "The refresh token was rejected (HTTP {StatusCode}, {ErrorCode}); requesting a new token with client_credentials.")]
    public static partial void RefreshRejected(ILogger logger, HttpStatusCode? statusCode, string? errorCode);

    [LoggerMessage(EventId = 4, EventName = "TokenRequestFailed", Level = LogLevel.Error,
        Message = "Obtaining an access token failed (HTTP {StatusCode}, {ErrorCode}, req_id {RequestId}).")]
    public static partial void TokenRequestFailed(ILogger logger, HttpStatusCode? statusCode, string? errorCode, string? requestId, Exception exception);

    [LoggerMessage(EventId = 5, EventName = "TokenRejectedByApi", Level = LogLevel.Warning,
        Message = "{Method} {Path} answered HTTP 401; renewing the access token and sending the request once more.")]
    public static partial void TokenRejectedByApi(ILogger logger, HttpMethod method, string path);

    [LoggerMessage(EventId = 6, EventName = "UnauthorizedNotReplayable", Level = LogLevel.Warning,
        Message = "{Method} {Path} answered HTTP 401, but its body is a stream that cannot be sent again; not retrying.")]
    public static partial void UnauthorizedNotReplayable(ILogger logger, HttpMethod method, string path);

    [LoggerMessage(EventId = 7, EventName = "BearerWithheld", Level = LogLevel.Debug,
        Message = "Not attaching the access token to a request for {Origin}, which is not the API origin.")]
    public static partial void BearerWithheld(ILogger logger, string origin);
}
