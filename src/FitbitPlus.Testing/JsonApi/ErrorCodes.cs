namespace FitbitPlus.Mock.JsonApi;

/// <summary>Error codes the mock answers with (the spec's known values plus a few transport ones).</summary>
internal static class ErrorCodes
{
    public const string Forbidden = "Forbidden";
    public const string InvalidParameter = "InvalidParameter";
    public const string InvalidBodyParameter = "InvalidBodyParameter";
    public const string ResourceNotFound = "ResourceNotFound";
    public const string Unauthorized = "Unauthorized";
    public const string InvalidCredentials = "InvalidCredentials";
    public const string InvalidGrantType = "InvalidGrantType";
    public const string MethodNotAllowed = "MethodNotAllowed";
    public const string TooManyRequests = "TooManyRequests";
    public const string ServiceUnavailable = "ServiceUnavailable";
    public const string InternalError = "InternalError";
}
