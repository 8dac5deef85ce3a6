namespace FitbitPlus.Diagnostics;

/// <summary>
/// The only tag names the library records. Values are names, statuses, reasons and the server's request id: never an id
/// of a resource, a query value, an attribute, a secret or a token (this is health data).
/// </summary>
internal static class TelemetryTags
{
    public const string Operation = "fitbitplus.operation";
    public const string Collection = "fitbitplus.collection";
    public const string RequestId = "fitbitplus.request_id";
    public const string RetryReason = "fitbitplus.retry.reason";
    public const string RetryCount = "fitbitplus.retry.count";
    public const string GrantType = "fitbitplus.token.grant_type";
    public const string Outcome = "fitbitplus.outcome";
    public const string StopReason = "fitbitplus.paging.stop_reason";
    public const string Resources = "fitbitplus.paging.resources";
    public const string Changes = "fitbitplus.sync.changes";
    public const string HttpMethod = "http.request.method";
    public const string HttpStatus = "http.response.status_code";
    public const string ErrorType = "error.type";
}
