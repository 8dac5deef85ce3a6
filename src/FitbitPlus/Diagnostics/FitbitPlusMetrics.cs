using System.Diagnostics.Metrics;

namespace FitbitPlus.Diagnostics;

/// <summary>
/// The library's instruments. One instance per container (its Meter comes from the container's IMeterFactory, so
/// tests and hosts see only their own measurements); clients built with a constructor share <see cref="Shared"/>.
/// Every method returns at once while its instrument is not enabled.
/// </summary>
internal sealed class FitbitPlusMetrics
{
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _tokens;
    private readonly Counter<long> _pages;
    private readonly Counter<long> _resources;
    private readonly Counter<long> _incomplete;
    private readonly Counter<long> _changes;

    private FitbitPlusMetrics(Meter meter)
    {
#if NET9_0_OR_GREATER
        // Buckets for seconds (the SDK's default ones are for milliseconds), as the HTTP semantic conventions advise.
        _duration = meter.CreateHistogram<double>("fitbitplus.client.operation.duration", "s", "Duration of an API operation call, retries included.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60] });
#else
        _duration = meter.CreateHistogram<double>("fitbitplus.client.operation.duration", "s", "Duration of an API operation call, retries included.");
#endif
        _retries = meter.CreateCounter<long>("fitbitplus.client.retries", "{retry}", "Requests sent again after a transient failure.");
        _tokens = meter.CreateCounter<long>("fitbitplus.token.requests", "{request}", "Token requests by grant type and outcome.");
        _pages = meter.CreateCounter<long>("fitbitplus.paging.pages", "{page}", "Collection pages read.");
        _resources = meter.CreateCounter<long>("fitbitplus.paging.resources", "{resource}", "Resources read from collection pages.");
        _incomplete = meter.CreateCounter<long>("fitbitplus.paging.incomplete", "{enumeration}", "Enumerations that ended incomplete.");
        _changes = meter.CreateCounter<long>("fitbitplus.sync.changes", "{resource}", "Changed resources delivered by sync runs.");
    }

    /// <summary>The instruments of clients created without dependency injection.</summary>
    public static FitbitPlusMetrics Shared { get; } = new(new Meter(FitbitPlusTelemetry.MeterName, Telemetry.Version));

    /// <summary>True when an operation's Activity, duration or retries would be recorded.</summary>
    public bool ObservesOperations => _duration.Enabled || _retries.Enabled || Telemetry.Source.HasListeners();

    /// <summary>Whether the duration histogram is listened to (the clock is read only then).</summary>
    public bool MeasuresDuration => _duration.Enabled;

    /// <summary>Instruments on the container's meter factory, or the shared ones without a factory.</summary>
    public static FitbitPlusMetrics Create(IMeterFactory? factory) =>
        factory is null ? Shared : new(factory.Create(new MeterOptions(FitbitPlusTelemetry.MeterName) { Version = Telemetry.Version }));

    public void OperationDone(string operation, double seconds, string? errorType)
    {
        if (!_duration.Enabled)
        {
            return;
        }

        if (errorType is null)
        {
            _duration.Record(seconds, new KeyValuePair<string, object?>(TelemetryTags.Operation, operation));
        }
        else
        {
            _duration.Record(seconds, new KeyValuePair<string, object?>(TelemetryTags.Operation, operation), new KeyValuePair<string, object?>(TelemetryTags.ErrorType, errorType));
        }
    }

    public void Retried(string operation, string reason)
    {
        if (_retries.Enabled)
        {
            _retries.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Operation, operation), new KeyValuePair<string, object?>(TelemetryTags.RetryReason, reason));
        }
    }

    public void TokenRequested(string grantType, string outcome)
    {
        if (_tokens.Enabled)
        {
            _tokens.Add(1, new KeyValuePair<string, object?>(TelemetryTags.GrantType, grantType), new KeyValuePair<string, object?>(TelemetryTags.Outcome, outcome));
        }
    }

    public void PageRead(string collection, int resources)
    {
        if (_pages.Enabled)
        {
            _pages.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Collection, collection));
        }

        if (_resources.Enabled && resources > 0)
        {
            _resources.Add(resources, new KeyValuePair<string, object?>(TelemetryTags.Collection, collection));
        }
    }

    public void Incomplete(string collection, string stopReason)
    {
        if (_incomplete.Enabled)
        {
            _incomplete.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Collection, collection), new KeyValuePair<string, object?>(TelemetryTags.StopReason, stopReason));
        }
    }

    public void Changed(string collection)
    {
        if (_changes.Enabled)
        {
            _changes.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Collection, collection));
        }
    }
}
