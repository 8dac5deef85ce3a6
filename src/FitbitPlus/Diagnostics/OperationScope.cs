using System.Diagnostics;
using System.Net;

namespace FitbitPlus.Diagnostics;

/// <summary>
/// The telemetry of one operation call (or page, or token request), kept in the request's options so the retry
/// strategy deeper in the pipeline can add to it. Created only while someone listens.
/// </summary>
internal sealed class OperationScope : IDisposable
{
    private static readonly HttpRequestOptionsKey<OperationScope> Key = new("FitbitPlus.Telemetry");
    private readonly FitbitPlusMetrics _metrics;
    private readonly long _startedAt;
    private string? _errorType;

    private OperationScope(string operationId, FitbitPlusMetrics metrics, Activity? activity)
    {
        OperationId = operationId;
        _metrics = metrics;
        Activity = activity;
        _startedAt = metrics.MeasuresDuration ? Stopwatch.GetTimestamp() : 0;
    }

    public string OperationId { get; }

    public Activity? Activity { get; }

    public int Retries { get; private set; }

    /// <summary>Starts the scope of <paramref name="request"/>: its Activity (when sampled) with the operation's tags.</summary>
    public static OperationScope Start(HttpRequestMessage request, string operationId, string? collection, FitbitPlusMetrics metrics)
    {
        var scope = Begin(operationId, collection, request.Method, metrics);
        scope.Attach(request);
        return scope;
    }

    /// <summary>Starts a scope before its request exists (token requests); <see cref="Attach"/> it to the request.</summary>
    public static OperationScope Begin(string operationId, string? collection, HttpMethod method, FitbitPlusMetrics metrics)
    {
        var activity = Telemetry.Start(operationId);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryTags.Operation, operationId);
            if (collection is not null)
            {
                activity.SetTag(TelemetryTags.Collection, collection);
            }

            activity.SetTag(TelemetryTags.HttpMethod, method.Method);
        }

        return new OperationScope(operationId, metrics, activity);
    }

    /// <summary>Lets the retry strategy find this scope from the request.</summary>
    public void Attach(HttpRequestMessage request) => request.Options.Set(Key, this);

    /// <summary>The scope of <paramref name="request"/>, or null when nobody listened when it was sent.</summary>
    public static OperationScope? Of(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out var scope) ? scope : null;

    /// <summary>Counts a retry (metric with its reason, and an event on the Activity).</summary>
    public void Retried(string reason)
    {
        Retries++;
        _metrics.Retried(OperationId, reason);
        Activity?.AddEvent(new ActivityEvent("retry", tags: new ActivityTagsCollection
        {
            [TelemetryTags.RetryReason] = reason,
            ["fitbitplus.retry.attempt"] = Retries,
        }));
    }

    /// <summary>Records the answer's status and the server's request id.</summary>
    public void Answered(HttpStatusCode status, string? requestId)
    {
        if (Activity is not { IsAllDataRequested: true } activity)
        {
            return;
        }

        activity.SetTag(TelemetryTags.HttpStatus, (int)status);
        if (requestId is not null)
        {
            activity.SetTag(TelemetryTags.RequestId, requestId);
        }
    }

    /// <summary>Marks the call failed with <paramref name="errorType"/> (a status code or an exception type, never a message).</summary>
    public void Failed(string errorType)
    {
        _errorType = errorType;
        Telemetry.Fail(Activity, errorType);
    }

    /// <summary>Ends the Activity and records the duration.</summary>
    public void Dispose()
    {
        if (Activity is { IsAllDataRequested: true } activity && Retries > 0)
        {
            activity.SetTag(TelemetryTags.RetryCount, Retries);
        }

        Activity?.Dispose();
        if (_startedAt != 0)
        {
            _metrics.OperationDone(OperationId, Stopwatch.GetElapsedTime(_startedAt).TotalSeconds, _errorType);
        }
    }
}
