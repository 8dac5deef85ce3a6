namespace FitbitPlus.Diagnostics;

/// <summary>The telemetry of token requests: an Activity named after the token operation and a count by grant type and outcome.</summary>
internal static class TokenTelemetry
{
    /// <summary>The spec's operationId of <c>POST oauth/token</c>.</summary>
    public const string OperationId = "createToken";

    /// <summary>Starts the scope of a token request, or null while nobody listens to operations.</summary>
    public static OperationScope? Start(string grantType, FitbitPlusMetrics metrics)
    {
        if (!metrics.ObservesOperations)
        {
            return null;
        }

        var scope = OperationScope.Begin(OperationId, null, HttpMethod.Post, metrics);
        scope.Activity?.SetTag(TelemetryTags.GrantType, grantType);
        return scope;
    }

    public static void Succeeded(string grantType, FitbitPlusMetrics metrics) => metrics.TokenRequested(grantType, "success");

    public static void Failed(OperationScope? scope, string grantType, FitbitPlusMetrics metrics, Exception exception)
    {
        metrics.TokenRequested(grantType, "failure");
        if (scope is null)
        {
            return;
        }

        if (exception is FitbitPlusException { StatusCode: { } status } failure)
        {
            scope.Answered(status, failure.RequestId);
        }

        scope.Failed(ErrorTypes.Of(exception));
    }
}
