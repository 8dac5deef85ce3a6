using FitbitPlus.Mock;
using FitbitPlus.Tests.Support;

namespace FitbitPlus.Tests.Mock;

[NonParallelizable]
public class MockFaultTests
{
    private FitbitPlusMockServer _server = null!;
    private HttpClient _client = null!;

    private static string GroupBody => """{"data":{"type":"group","attributes":{"name":"Faulty"}}}""";

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 3 });
        _client = await MockHttp.AuthorizedClientAsync(_server);
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        _client.Dispose();
        _server.Dispose();
    }

    [TearDown]
    public void ClearFaults() => _server.Faults.Reset();

    [Test]
    public async Task FailNext503_FaultedCreateIsNotApplied_NextRequestSucceeds()
    {
        var before = _server.Store.Count("group");
        var requestsBefore = _server.RequestCount;
        _server.Faults.FailNext(1, MockFaultKind.ServiceUnavailable);

        using var faulted = await _client.PostAsync("group", MockHttp.Body(GroupBody));
        var countAfterFault = _server.Store.Count("group");
        using var retried = await _client.PostAsync("group", MockHttp.Body(GroupBody));

        Assert.That((int)faulted.StatusCode, Is.EqualTo(503));
        Assert.That(MockHttp.FirstError(await MockHttp.ReadAsync(faulted)).Value<string>("code"), Is.EqualTo("ServiceUnavailable"));
        Assert.That(countAfterFault, Is.EqualTo(before));
        Assert.That((int)retried.StatusCode, Is.EqualTo(201));
        Assert.That(_server.Store.Count("group"), Is.EqualTo(before + 1));
        Assert.That(_server.RequestCount, Is.EqualTo(requestsBefore + 2), "faulted requests are counted too");
    }

    [Test]
    public async Task FailNext429_AnswersRetryAfterOfAtMostOneSecond()
    {
        _server.Faults.FailNext(1, MockFaultKind.TooManyRequests);

        using var response = await _client.GetAsync($"group/{_server.Store.GroupIds[0]}");

        Assert.That((int)response.StatusCode, Is.EqualTo(429));
        Assert.That(response.Headers.RetryAfter?.Delta, Is.LessThanOrEqualTo(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task FailNextTruncatedBody_ReadingTheBodyFails()
    {
        _server.Faults.FailNext(1, MockFaultKind.TruncatedBody);

        var error = await Assert.CatchAsync(async () =>
        {
            using var response = await _client.GetAsync($"group/{_server.Store.GroupIds[0]}");
            await response.Content.ReadAsStringAsync();
        });

        Assert.That(error, Is.InstanceOf<HttpRequestException>().Or.InstanceOf<IOException>());
    }

    [Test]
    public async Task FailNextConnectionReset_ThrowsAndDoesNotApplyTheWrite()
    {
        var before = _server.Store.Count("group");
        _server.Faults.FailNext(1, MockFaultKind.ConnectionReset);

        var error = await Assert.CatchAsync(() => _client.PostAsync("group", MockHttp.Body(GroupBody)));
        var (status, _) = await MockHttp.GetAsync(_client, $"group/{_server.Store.GroupIds[0]}");

        Assert.That(error, Is.InstanceOf<HttpRequestException>().Or.InstanceOf<IOException>());
        Assert.That(_server.Store.Count("group"), Is.EqualTo(before));
        Assert.That(status, Is.EqualTo(200), "the server keeps serving after a reset");
    }

    [Test]
    public async Task RandomRate_IsSeededAndSparesOAuthByDefault()
    {
        _server.Faults.RandomKinds = [MockFaultKind.ServiceUnavailable];
        _server.Faults.Rate = 0.5;
        var injectedBefore = _server.Faults.InjectedCount;
        var statuses = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            using var response = await _client.GetAsync($"group/{_server.Store.GroupIds[0]}");
            statuses.Add((int)response.StatusCode);
        }

        _server.Faults.Rate = 1.0;
        var token = await MockHttp.TokenAsync(_server);

        Assert.That(statuses, Does.Contain(503).And.Contain(200));
        Assert.That(statuses.Count(s => s == 503), Is.EqualTo(_server.Faults.InjectedCount - injectedBefore));
        Assert.That(token.Value<string>("type"), Is.EqualTo("token"));
    }

    [Test]
    public async Task Latency_DelaysAnswers()
    {
        var time = new ObservableTimeProvider();
        using var server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 1, TimeProvider = time });
        using var client = await MockHttp.AuthorizedClientAsync(server);
        server.Faults.Latency = TimeSpan.FromMilliseconds(150);

        var call = client.GetAsync($"group/{server.Store.GroupIds[0]}");
        await time.WaitForTimerAsync(due => due == TimeSpan.FromMilliseconds(150)); // the answer is being held back
        Assert.That(call.IsCompleted, Is.False, "answered before the latency elapsed");
        time.Advance(TimeSpan.FromMilliseconds(150));
        using var response = await call;

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public void InvalidRate_Throws()
    {
        Assert.That(() => _server.Faults.Rate = 1.5, Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
