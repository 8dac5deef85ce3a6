using System.Diagnostics;
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using FitbitPlus.Diagnostics;
using FitbitPlus.Http;
using FitbitPlus.Benchmarks.Fixtures;

namespace FitbitPlus.Benchmarks;

/// <summary>
/// P10: what telemetry adds to the P1 page (50 summaries with 50 included patients, read and resolved as in P1): the
/// page request through the telemetry handlers (operation match, Activity, request id, duration, trace context) and the
/// pager's page counters, against the same page through the same stub transport without them. <see cref="Listening"/>
/// false: nobody listens (the library must cost nothing); true: an ActivityListener samples everything and a
/// MeterListener takes every measurement.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[ShortInProcessJob(warmupCount: 20, iterationCount: 30)]
public class P10TelemetryPage
{
    private static readonly Uri BaseAddress = new("https://api.example.test/pub/");
    private static readonly Uri PageUri = new(BaseAddress, "patient_plan_summary?page[limit]=50&include=patient");
    private readonly P1IncludedPage _p1 = new();
    private HttpMessageInvoker _plain = null!;
    private HttpMessageInvoker _instrumented = null!;
    private PagingTelemetry _paging = null!;
    private ActivityListener? _activities;
    private MeterListener? _meters;

    [Params(false, true)]
    public bool Listening { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _p1.Setup();
        var page = JsonApiDocuments.PlanSummariesWithPatients(50);
        _plain = new HttpMessageInvoker(new StubTransport(page));
        _instrumented = new HttpMessageInvoker(new OperationTelemetryHandler(FitbitPlusMetrics.Shared, BaseAddress)
        {
            InnerHandler = new TraceContextHandler { InnerHandler = new StubTransport(page) },
        });
        _paging = new PagingTelemetry("patient_plan_summary", FitbitPlusMetrics.Shared);
        if (Listening)
        {
            _activities = new ActivityListener
            {
                ShouldListenTo = s => s.Name == FitbitPlusTelemetry.SourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            };
            ActivitySource.AddActivityListener(_activities);
            _meters = new MeterListener { InstrumentPublished = (i, l) => { if (i.Meter.Name == FitbitPlusTelemetry.MeterName) l.EnableMeasurementEvents(i); } };
            _meters.SetMeasurementEventCallback<long>((_, _, _, _) => { });
            _meters.SetMeasurementEventCallback<double>((_, _, _, _) => { });
            _meters.Start();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _activities?.Dispose();
        _meters?.Dispose();
    }

    /// <summary>The page through the stub transport, read and resolved as in P1: no telemetry handlers, no counters.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> Uninstrumented()
    {
        using var request = NewPageRequest();
        using var response = await _plain.SendAsync(request, CancellationToken.None);
        return _p1.Facade();
    }

    /// <summary>The same, through the telemetry handlers, and with the pager's page counters.</summary>
    [Benchmark]
    public async Task<int> Instrumented()
    {
        using var request = NewPageRequest();
        using var response = await _instrumented.SendAsync(request, CancellationToken.None);
        var resolved = _p1.Facade();
        _paging.PageRead(50);
        return resolved;
    }

    // As the pager sends it: with an Accept header (so both variants pay for the request's header collection).
    private static HttpRequestMessage NewPageRequest()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, PageUri);
        request.Headers.Accept.Add(JsonApi);
        return request;
    }

    private static readonly System.Net.Http.Headers.MediaTypeWithQualityHeaderValue JsonApi = new("application/vnd.api+json");

    private sealed class StubTransport(byte[] page) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new BufferedContent(page, page.Length, rented: false), RequestMessage = request });
    }
}
