using FitbitPlus.Mock.Faults;
using FitbitPlus.Mock.Routing;
using Microsoft.AspNetCore.Http;

namespace FitbitPlus.Mock.Hosting;

/// <summary>
/// ASP.NET Core middleware in front of WireMock: counts API requests, adds latency and injects faults with
/// full control of the connection. A faulted request never reaches the engine, so it changes nothing.
/// </summary>
internal sealed class FaultMiddleware
{
    private readonly MockFaults _faults;
    private readonly TimeProvider _time;
    private int _requestCount;

    /// <summary>Creates the middleware; latency is waited on <paramref name="time"/> (a fake clock in tests).</summary>
    public FaultMiddleware(MockFaults faults, TimeProvider time)
    {
        _faults = faults;
        _time = time;
    }

    /// <summary>API requests seen so far (faulted ones included, <c>/__admin</c> excluded).</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>Handles one request.</summary>
    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path.StartsWith("/__admin", StringComparison.OrdinalIgnoreCase))
        {
            await next().ConfigureAwait(false);
            return;
        }

        Interlocked.Increment(ref _requestCount);
        var isOAuth = HttpMethods.IsPost(context.Request.Method) && path.TrimEnd('/') == Router.BasePath + "oauth/token";
        var fault = _faults.Decide(isOAuth);
        var latency = _faults.Latency;
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, _time, context.RequestAborted).ConfigureAwait(false);
        }

        if (fault is { } kind)
        {
            await FaultResponder.WriteAsync(kind, context).ConfigureAwait(false);
            return;
        }

        await next().ConfigureAwait(false);
    }
}
