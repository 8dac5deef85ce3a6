using FitbitPlus.Http;

namespace FitbitPlus.Diagnostics;

/// <summary>
/// Outermost handler: one Activity and one duration measurement per API operation call or page, around every retry,
/// named after the spec operation. Passes requests straight through while nobody listens.
/// </summary>
internal sealed class OperationTelemetryHandler : DelegatingHandler
{
    private readonly FitbitPlusMetrics _metrics;
    private readonly Uri _baseAddress;

    public OperationTelemetryHandler(FitbitPlusMetrics metrics, Uri baseAddress)
    {
        _metrics = metrics;
        _baseAddress = baseAddress;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Token requests travel their own chain with their own scope (TokenTelemetry); requests outside the spec's
        // paths are not operations. Not async on this path: while nobody listens, the handler adds no allocation at all.
        if (!_metrics.ObservesOperations
            || OperationScope.Of(request) is not null
            || ApiOperations.Match(request, _baseAddress) is not { } operation)
        {
            return base.SendAsync(request, cancellationToken);
        }

        return SendObservedAsync(request, operation, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendObservedAsync(HttpRequestMessage request, ApiOperation operation, CancellationToken cancellationToken)
    {
        using var scope = OperationScope.Start(request, operation.OperationId, operation.Collection, _metrics);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            scope.Answered(response.StatusCode, scope.Activity is { IsAllDataRequested: true } ? ResponseRequestId.Of(response) : null);
            if (!response.IsSuccessStatusCode)
            {
                scope.Failed(ErrorTypes.Of((int)response.StatusCode));
            }

            return response;
        }
        catch (Exception ex)
        {
            if (ex is FitbitPlusException { StatusCode: { } status } failure)
            {
                scope.Answered(status, failure.RequestId);
            }

            scope.Failed(ErrorTypes.Of(ex));
            throw;
        }
    }
}
