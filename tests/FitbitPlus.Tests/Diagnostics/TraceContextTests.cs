using System.Text;
using FitbitPlus.Tests.Http;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace FitbitPlus.Tests.Diagnostics;

/// <summary>The W3C trace context as the server receives it: on every attempt, retries included, once.</summary>
[NonParallelizable]
public class TraceContextTests
{
    [Test]
    public async Task Page_TwoRetries_EveryAttemptReachesTheServerWithOneTraceparentOfTheOperationsTrace()
    {
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        server.Given(Request.Create().WithPath("/pub/oauth/token").UsingPost()).AtPriority(1).RespondWith(Response.Create().WithStatusCode(201)
            .WithHeader("Content-Type", ClientHarness.JsonApi).WithBody(ClientHarness.TokenDocument("access-t1", "refresh-t1", 3600)));
        var attempts = 0;
        server.Given(Request.Create().WithPath("/pub/patient").UsingGet()).AtPriority(2).RespondWith(Response.Create().WithCallback(_ =>
        {
            var failing = Interlocked.Increment(ref attempts) <= 2;
            var message = new WireMock.ResponseMessage { StatusCode = failing ? 503 : 200 };
            message.AddHeader("Content-Type", ClientHarness.JsonApi);
            var body = failing ? "{\"errors\":[{\"status\":\"503\"}]}" : "{\"data\":[],\"meta\":{\"count\":0,\"req_id\":\"req-77\"},\"links\":{}}";
            message.BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = new UTF8Encoding(false) };
            return message;
        }));
        using var capture = new TelemetryCapture();
        using var client = new FitbitPlusClient(new FitbitPlusClientOptions
        {
            BaseAddress = new Uri($"http://127.0.0.1:{server.Ports[0]}/pub/"),
            ClientId = "c",
            ClientSecret = "s3cr3t-value",
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        });

        await foreach (var _ in client.EnumerateRawAsync("patient"))
        {
        }

        var page = capture.Activities.Single(a => a.OperationName == "fetchPatients");
        var received = server.LogEntries.Where(e => e.RequestMessage!.Path == "/pub/patient")
            .Select(e => e.RequestMessage!.Headers!.TryGetValue("traceparent", out var values) ? values.ToArray() : []).ToList();
        Assert.That(received, Has.Count.EqualTo(3), "two 503s and the answer");
        Assert.That(received.Select(v => v.Length), Is.All.EqualTo(1), "exactly one traceparent per attempt");
        Assert.That(received.Select(v => v[0].Split('-')[1]), Is.All.EqualTo(page.TraceId.ToHexString()), "the page's trace");
        Assert.That(page.GetTagItem("fitbitplus.request_id"), Is.EqualTo("req-77"));
        Assert.That(page.GetTagItem("fitbitplus.retry.count"), Is.EqualTo(2));
    }
}
