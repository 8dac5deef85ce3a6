using System.Net;
using FitbitPlus.Tests.Http;

namespace FitbitPlus.Tests.Authentication;

public class SingleFlightTests
{
    [Test]
    public async Task Api_1000ConcurrentFirstCalls_SendExactlyOneTokenRequest()
    {
        using var harness = new ClientHarness();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.TokenResponder = async (_, n) =>
        {
            await gate.Task;
            return ClientHarness.TokenResponse($"access-{n}", $"refresh-{n}", 3600);
        };
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        using var client = harness.CreateClient();

        // A call returns its task once it waits for the token; when all 1000 have returned, all wait behind the one request.
        var started = 0;
        var allWaiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(0, 1000).Select(_ => Task.Run(() =>
        {
            var call = client.Api.FetchPatientsAsync();
            if (Interlocked.Increment(ref started) == 1000)
            {
                allWaiting.SetResult();
            }

            return call;
        })).ToList();
        await allWaiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.That(calls.Count(c => c.IsCompleted), Is.Zero, "no call can finish before the token request is answered");
        gate.SetResult();
        await Task.WhenAll(calls);

        Assert.That(harness.TokenRequests, Has.Count.EqualTo(1));
        Assert.That(harness.ApiRequests, Has.Count.EqualTo(1000));
        Assert.That(harness.ApiRequests.Select(r => r.Authorization), Is.All.EqualTo("Bearer access-1"));
    }

    [Test]
    public async Task GetToken_FirstCallerCancels_OthersStillGetTheSharedToken()
    {
        using var harness = new ClientHarness();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tokenRequestArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.TokenResponder = async (_, n) =>
        {
            tokenRequestArrived.TrySetResult();
            await gate.Task;
            return ClientHarness.TokenResponse($"access-{n}", $"refresh-{n}", 3600);
        };
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        using var client = harness.CreateClient();
        using var firstCallerCancellation = new CancellationTokenSource();

        var first = client.Api.FetchPatientsAsync(cancellationToken: firstCallerCancellation.Token);
        var second = client.Api.FetchPatientsAsync();
        await tokenRequestArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        firstCallerCancellation.Cancel();

        await Assert.ThatAsync(() => first, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(second.IsCompleted, Is.False, "the second caller must keep waiting for the shared request");
        gate.SetResult();
        await second;

        Assert.That(harness.TokenRequests, Has.Count.EqualTo(1));
        Assert.That(harness.ApiRequests.Single().Authorization, Is.EqualTo("Bearer access-1"));
    }
}
