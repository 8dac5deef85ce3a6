using System.Diagnostics;
using System.Diagnostics.Metrics;
using FitbitPlus.Diagnostics;
using FitbitPlus.Mock;
using FitbitPlus.Paging;
using FitbitPlus.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace FitbitPlus.Tests.Diagnostics;

/// <summary>
/// Traces and metrics against the mock, through a DI-built client whose meter comes from the container's IMeterFactory
/// (so the collectors see only this test's measurements). Every test ends by checking every tag of every Activity,
/// event and measurement against the secret, the tokens, the query values and the resource ids that went over the wire.
/// </summary>
[NonParallelizable]
public class TelemetryTests
{
    private const int PatientCount = 23;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
    private FitbitPlusMockServer _server = null!;
    private TelemetryCapture _capture = null!;
    private ServiceProvider _services = null!;
    private FitbitPlusClient _client = null!; // owned by _services
    private readonly List<Func<IEnumerable<KeyValuePair<string, object?>>>> _measurementTags = [];

    [OneTimeSetUp]
    public void StartMock() => _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = PatientCount, TimeProvider = _time });

    [OneTimeTearDown]
    public void StopMock() => _server.Dispose();

    [SetUp]
    public void StartListening()
    {
        _capture = new TelemetryCapture();
        _measurementTags.Clear();
    }

    [TearDown]
    public void StopListening()
    {
        _server.Faults.Reset();
        _client?.Dispose();
        _services?.Dispose();
        _capture.Dispose();
    }

    [Test]
    public async Task Retries_TwoInjected503_RetriesCounterTwoWithReason5xxAndEventsOnTheOperation()
    {
        Build();
        var retries = Collect<long>("fitbitplus.client.retries");
        var patientId = _server.Store.PatientIds[0];
        await _client.GetCredentialsScopeAsync(); // the token first: the faults are for the API call
        _server.Faults.FailNext(2, MockFaultKind.ServiceUnavailable);

        await _client.Patients.GetAsync(patientId);

        var measurements = retries.GetMeasurementSnapshot();
        Assert.That(measurements.Sum(m => m.Value), Is.EqualTo(2));
        Assert.That(measurements.Select(m => (m.Tags["fitbitplus.retry.reason"], m.Tags["fitbitplus.operation"])), Is.All.EqualTo(("5xx", "fetchPatient")));
        var operation = _capture.Activities.Single(a => a.OperationName == "fetchPatient");
        Assert.That(operation.Kind, Is.EqualTo(ActivityKind.Client));
        Assert.That(operation.Events.Count(e => e.Name == "retry"), Is.EqualTo(2));
        Assert.That(operation.GetTagItem("fitbitplus.retry.count"), Is.EqualTo(2));
        Assert.That(operation.GetTagItem("http.response.status_code"), Is.EqualTo(200));
        Assert.That(operation.GetTagItem("fitbitplus.request_id"), Is.Not.Null.And.Not.Empty, "the server's meta.req_id");
        AssertNothingSecret();
    }

    [Test]
    public async Task TokenRenewal_TokenDueForRenewal_OneRefreshTokenGrantCounted()
    {
        Build(_time);
        var tokens = Collect<long>("fitbitplus.token.requests");
        await _client.GetCredentialsScopeAsync();
        _time.Advance(TimeSpan.FromMinutes(59.5)); // past the renewal point, before expiry

        await _client.GetCredentialsScopeAsync();

        var byGrant = tokens.GetMeasurementSnapshot().Select(m => (m.Tags["fitbitplus.token.grant_type"], m.Tags["fitbitplus.outcome"], m.Value));
        Assert.That(byGrant, Is.EqualTo(new[] { ((object?)"client_credentials", (object?)"success", 1L), ("refresh_token", "success", 1L) }));
        var activities = _capture.Activities.Where(a => a.OperationName == "createToken").ToList();
        Assert.That(activities.Select(a => a.GetTagItem("fitbitplus.token.grant_type")), Is.EqualTo(new[] { "client_credentials", "refresh_token" }));
        Assert.That(activities.Select(a => a.GetTagItem("http.response.status_code")), Is.All.EqualTo(201));
        AssertNothingSecret();
    }

    [Test]
    public async Task Export_AllPatientsInPagesOf5_ResourcesCounterIsTheNumberExportedAndOneActivityPerPage()
    {
        Build();
        var resources = Collect<long>("fitbitplus.paging.resources");
        var pages = Collect<long>("fitbitplus.paging.pages");
        var scope = await _client.GetCredentialsScopeAsync();
        var query = new CollectionQuery();
        query.Filters["organization"] = scope.OrganizationId!;

        var exported = 0;
        await foreach (var _ in _client.EnumerateRawAsync("patient", query, new PagingOptions { Limit = 5 }))
        {
            exported++;
        }

        Assert.That(exported, Is.EqualTo(PatientCount));
        Assert.That(resources.GetMeasurementSnapshot().Sum(m => m.Value), Is.EqualTo(PatientCount));
        Assert.That(resources.GetMeasurementSnapshot().Select(m => m.Tags["fitbitplus.collection"]), Is.All.EqualTo("patient"));
        Assert.That(pages.GetMeasurementSnapshot().Sum(m => m.Value), Is.EqualTo(5));
        var pageActivities = _capture.Activities.Where(a => a.OperationName == "fetchPatients").ToList();
        Assert.That(pageActivities, Has.Count.EqualTo(5));
        Assert.That(pageActivities.Select(a => a.GetTagItem("fitbitplus.collection")), Is.All.EqualTo("patient"));
        AssertNothingSecret();
    }

    [Test]
    public async Task Get_UnknownPatient404_ActivityStatusErrorWithErrorTypeAndDurationTagged()
    {
        Build();
        var duration = Collect<double>("fitbitplus.client.operation.duration");

        await Assert.ThrowsAsync<FitbitPlusException>(() => _client.Patients.GetAsync("no-such-patient-0000"));

        var failed = _capture.Activities.Single(a => a.OperationName == "fetchPatient");
        Assert.That(failed.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(failed.GetTagItem("error.type"), Is.EqualTo("404"));
        Assert.That(failed.GetTagItem("http.response.status_code"), Is.EqualTo(404));
        Assert.That(failed.GetTagItem("fitbitplus.operation"), Is.EqualTo("fetchPatient"));
        var measured = duration.GetMeasurementSnapshot().Single(m => Equals(m.Tags["fitbitplus.operation"], "fetchPatient"));
        Assert.That(measured.Tags["error.type"], Is.EqualTo("404"));
        AssertNothingSecret(extra: "no-such-patient-0000");
    }

    [Test]
    public async Task SyncAsync_FirstRun_RunActivityIsParentOfItsPagesAndChangesCounted()
    {
        Build();
        var changes = Collect<long>("fitbitplus.sync.changes");

        var run = _client.Patients.SyncAsync(null, new FitbitPlus.Sync.SyncOptions { PagingOptions = new PagingOptions { Limit = 10 } });
        var yielded = 0;
        await foreach (var _ in run)
        {
            yielded++;
        }

        Assert.That(yielded, Is.GreaterThan(0));
        Assert.That(changes.GetMeasurementSnapshot().Sum(m => m.Value), Is.EqualTo(yielded));
        var sync = _capture.Activities.Single(a => a.OperationName == "sync patient");
        var pages = _capture.Activities.Where(a => a.OperationName == "fetchPatients").ToList();
        Assert.That(pages, Has.Count.EqualTo(run.Report!.Pages));
        Assert.That(pages.Select(p => p.ParentSpanId), Is.All.EqualTo(sync.SpanId), "every page, also after the first yield, is a child of the run");
        Assert.That(sync.GetTagItem("fitbitplus.sync.changes"), Is.EqualTo((long)yielded));
        AssertNothingSecret();
    }

    [Test]
    public async Task ApiCall_InsideAnActivity_OperationIsAChildOfTheCallersActivity()
    {
        Build();
        using var testSource = new ActivitySource("FitbitPlus.Tests.Caller");
        using var callerListener = new ActivityListener
        {
            ShouldListenTo = s => s == testSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(callerListener);
        using (var caller = testSource.StartActivity("report job"))
        {
            await _client.Patients.GetAsync(_server.Store.PatientIds[1]);
            var operation = _capture.Activities.Single(a => a.OperationName == "fetchPatient");
            Assert.That(operation.TraceId, Is.EqualTo(caller!.TraceId));
            Assert.That(operation.ParentSpanId, Is.EqualTo(caller.SpanId));
        }

        AssertNothingSecret();
    }

    private void Build(TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddFitbitPlus(o =>
        {
            var options = FacadeFixture.OptionsFor(_server);
            (o.BaseAddress, o.ClientId, o.ClientSecret) = (options.BaseAddress, options.ClientId, options.ClientSecret);
            (o.RetryBaseDelay, o.RetryTotalTimeout) = (options.RetryBaseDelay, options.RetryTotalTimeout);
            o.TimeProvider = time ?? TimeProvider.System;
        }).AddHttpMessageHandler(_capture.Wire);
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<FitbitPlusClient>();
        _capture.Forbidden.Add(_server.ClientSecret);
    }

    private MetricCollector<T> Collect<T>(string instrument)
        where T : struct
    {
        var collector = new MetricCollector<T>(_services.GetRequiredService<IMeterFactory>(), FitbitPlusTelemetry.MeterName, instrument);
        _measurementTags.Add(() => collector.GetMeasurementSnapshot().SelectMany(m => m.Tags));
        return collector;
    }

    private void AssertNothingSecret(string? extra = null)
    {
        var forbidden = _capture.Forbidden.Append(extra).OfType<string>().Where(f => f.Length > 0).Distinct().ToList();
        Assert.That(forbidden, Has.Some.Length.GreaterThan(8), "the wire recorder saw the secret, tokens and ids");
        var values = _capture.TagValues(_measurementTags.SelectMany(t => t())).ToList();
        Assert.That(values, Is.Not.Empty);
        foreach (var value in values)
        {
            foreach (var secret in forbidden)
            {
                Assert.That(value.Contains(secret, StringComparison.Ordinal), Is.False, $"a telemetry value carries '{secret}': {value}");
            }
        }
    }
}
