using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging.Testing;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.Http;

public class RetryTests
{
    private ClientHarness _harness = null!;

    [SetUp]
    public async Task SetUp() => _harness = new ClientHarness();

    [TearDown]
    public async Task TearDown() => _harness.Dispose();

    [Test]
    public async Task Get_503ThenOk_IsRetried()
    {
        _harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, n) => n == 1
            ? ClientHarness.ErrorResponse(HttpStatusCode.ServiceUnavailable, "Unavailable")
            : ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        using var client = _harness.CreateClient();

        await client.Api.FetchPatientsAsync();

        Assert.That(_harness.ApiRequests, Has.Count.EqualTo(2));
    }

    [TestCase(HttpStatusCode.BadGateway)]
    [TestCase(HttpStatusCode.GatewayTimeout)]
    public async Task Get_PersistentGatewayError_GivesUpAfterMaxAttempts(HttpStatusCode status)
    {
        _harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.ErrorResponse(status, "Gateway", "req-gw"));
        using var client = _harness.CreateClient(o => o.MaxRetryAttempts = 2);

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync());

        Assert.That(ex!.StatusCode, Is.EqualTo(status));
        Assert.That(ex.RequestId, Is.EqualTo("req-gw"));
        Assert.That(_harness.ApiRequests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Post_503_IsNotRetried()
    {
        _harness.OnApi(HttpMethod.Post, ClientHarness.Origin + "/pub/group", (_, _) => ClientHarness.ErrorResponse(HttpStatusCode.ServiceUnavailable, "Unavailable"));
        using var client = _harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => client.HttpClient.PostAsync("group", new StringContent("{}")));

        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(_harness.ApiRequests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Post_429_IsRetried()
    {
        _harness.OnApi(HttpMethod.Post, ClientHarness.Origin + "/pub/group", (_, n) => n == 1
            ? ClientHarness.ErrorResponse(HttpStatusCode.TooManyRequests, "TooManyRequests")
            : ClientHarness.Json(HttpStatusCode.Created, "{}"));
        using var client = _harness.CreateClient();

        using var response = await client.HttpClient.PostAsync("group", new StringContent("{}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(_harness.ApiRequests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Get_429AbsorbedByTheRetries_CallerPacingItselfIsTold()
    {
        _harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, n) => n is 1 or 3
            ? ClientHarness.ErrorResponse(HttpStatusCode.TooManyRequests, "TooManyRequests")
            : ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        using var client = _harness.CreateClient();
        var heard = 0;

        using (FitbitPlus.Http.ThrottleSignal.Listen(() => heard++))
        {
            await client.Api.FetchPatientsAsync();
        }

        await client.Api.FetchPatientsAsync(); // a 429 outside any listener: retried as usual, told to no one

        Assert.That(heard, Is.EqualTo(1));
        Assert.That(_harness.ApiRequests, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task Post_ConnectionRefused_IsRetriedBecauseNothingWasSent()
    {
        _harness.OnApi(HttpMethod.Post, ClientHarness.Origin + "/pub/group", (_, n) => n == 1
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused")
            : ClientHarness.Json(HttpStatusCode.Created, "{}"));
        using var client = _harness.CreateClient();

        using var response = await client.HttpClient.PostAsync("group", new StringContent("{}"));

        Assert.That(_harness.ApiRequests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Post_ConnectionResetAfterSending_IsNotRetried()
    {
        _harness.OnApi(HttpMethod.Post, ClientHarness.Origin + "/pub/group", (_, _) =>
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));
        using var client = _harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => client.HttpClient.PostAsync("group", new StringContent("{}")));

        Assert.That(ex!.Message, Does.Contain("POST /pub/group could not be completed"));
        Assert.That(ex.StatusCode, Is.Null);
        Assert.That(_harness.ApiRequests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Get_BodyTruncatedByDroppedConnection_IsRetried()
    {
        _harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, n) => n == 1
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new TruncatedContent("""{"data":[{"type":"pat""") }
            : ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        using var client = _harness.CreateClient();

        var result = await client.Api.FetchPatientsAsync();

        Assert.That(result.Data, Is.Empty);
        Assert.That(_harness.ApiRequests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Get_BodyAlwaysTruncated_FailsWithFitbitPlusException()
    {
        _harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) =>
            new HttpResponseMessage(HttpStatusCode.OK) { Content = new TruncatedContent("""{"data":[""") });
        using var client = _harness.CreateClient(o => o.MaxRetryAttempts = 1);

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync());

        Assert.That(ex!.Message, Does.Contain("GET /pub/patient could not be completed"));
        Assert.That(_harness.ApiRequests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Get_429WithRetryAfterSeconds_WaitsExactlyThatLong()
    {
        _harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, n) => n == 1
            ? TooManyRequests(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)))
            : ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        using var client = _harness.CreateClient(o => o.RetryBaseDelay = TimeSpan.FromSeconds(1));

        var call = client.Api.FetchPatientsAsync();
        var retry = await _harness.WaitForLogAsync("Retrying");
        Assert.That(retry.StructuredState!.Single(kv => kv.Key == "Delay").Value, Is.EqualTo(TimeSpan.FromSeconds(7).ToString()));
        await _harness.Time.WaitForTimerAsync(due => due == TimeSpan.FromSeconds(7)); // the retry delay is pending

        _harness.Time.Advance(TimeSpan.FromSeconds(6.9));
        Assert.That(_harness.ApiRequests, Has.Count.EqualTo(1), "retried before Retry-After elapsed");

        _harness.Time.Advance(TimeSpan.FromSeconds(0.2));
        await call;
        Assert.That(_harness.ApiRequests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Get_429WithRetryAfterDate_WaitsUntilThatDate()
    {
        var retryAt = _harness.Time.GetUtcNow().AddSeconds(30);
        _harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, n) => n == 1
            ? TooManyRequests(new RetryConditionHeaderValue(retryAt))
            : ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        using var client = _harness.CreateClient();

        var call = client.Api.FetchPatientsAsync();
        var retry = await _harness.WaitForLogAsync("Retrying");
        Assert.That(retry.StructuredState!.Single(kv => kv.Key == "Delay").Value, Is.EqualTo(TimeSpan.FromSeconds(30).ToString()));
        await _harness.Time.WaitForTimerAsync(due => due == TimeSpan.FromSeconds(30)); // the retry delay is pending

        _harness.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.That(_harness.ApiRequests, Has.Count.EqualTo(1), "retried before the Retry-After date");

        _harness.Time.Advance(TimeSpan.FromSeconds(1));
        await call;
        Assert.That(_harness.ApiRequests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Get_429WithRetryAfterDateNoRetriesLeft_ExceptionCarriesTheWaitOnTheClientsClock()
    {
        var retryAt = _harness.Time.GetUtcNow().AddSeconds(42);
        _harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => TooManyRequests(new RetryConditionHeaderValue(retryAt)));
        using var client = _harness.CreateClient(o => o.MaxRetryAttempts = 0);

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync());

        // What a caller that paces itself (the partitioned export) waits: the date read on the client's clock.
        Assert.That(ex!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(42)));
    }

    [Test]
    public async Task Get_CancelledDuringRetryWait_StopsWaiting()
    {
        _harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => TooManyRequests(new RetryConditionHeaderValue(TimeSpan.FromSeconds(60))));
        using var client = _harness.CreateClient();
        using var cancellation = new CancellationTokenSource();

        var call = client.Api.FetchPatientsAsync(cancellationToken: cancellation.Token);
        await _harness.Time.WaitForTimerAsync(due => due == TimeSpan.FromSeconds(60)); // waiting for the retry
        cancellation.Cancel();

        await Assert.ThatAsync(() => call, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(_harness.ApiRequests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Get_429WithRetryAfterBeyondTotalTimeout_FailsWithoutWaiting()
    {
        _harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => TooManyRequests(new RetryConditionHeaderValue(TimeSpan.FromMinutes(10))));
        using var client = _harness.CreateClient(o => o.RetryTotalTimeout = TimeSpan.FromSeconds(30));

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync());

        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(_harness.ApiRequests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Get_NoAnswerWithinTotalTimeout_FailsWithFitbitPlusException()
    {
        var hang = new TaskCompletionSource<HttpResponseMessage>();
        _harness.Mock.When(HttpMethod.Get, ClientHarness.PatientsUrl).Respond(() => hang.Task);
        using var client = _harness.CreateClient(o => o.RetryTotalTimeout = TimeSpan.FromSeconds(20));
        await client.GetCredentialsScopeAsync(); // token first, so the only pending timer is the call's

        var armedBefore = _harness.Time.TimersArmed;
        var call = client.Api.FetchPatientsAsync();
        await _harness.Time.WaitForTimerAsync(due => due == TimeSpan.FromSeconds(20), armedBefore); // this call's total timeout
        _harness.Time.Advance(TimeSpan.FromSeconds(21));

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => call);
        Assert.That(ex!.Message, Does.Contain("total timeout"));
    }

    private static HttpResponseMessage TooManyRequests(RetryConditionHeaderValue retryAfter)
    {
        var response = ClientHarness.ErrorResponse(HttpStatusCode.TooManyRequests, "TooManyRequests");
        response.Headers.RetryAfter = retryAfter;
        return response;
    }
}
