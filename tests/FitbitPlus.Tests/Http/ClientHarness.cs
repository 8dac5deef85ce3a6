using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using FitbitPlus.Tests.Support;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.Http;

/// <summary>One request as the transport saw it, including the Authorization header and the exact body bytes.</summary>
internal sealed record SeenRequest(HttpMethod Method, Uri Uri, string? Authorization, string? ContentType, byte[]? Body)
{
    public string BodyText => Body is null ? "" : Encoding.UTF8.GetString(Body);
}

/// <summary>
/// A <see cref="FitbitPlusClient"/> over MockHttp with a fake clock and captured logs. The token endpoint answers
/// with sequential tokens (<c>access-1</c>/<c>refresh-1</c>, ...) unless a test replaces <see cref="TokenResponder"/>.
/// </summary>
internal sealed class ClientHarness : IDisposable
{
    public const string Origin = "https://api.example.test";
    public const string TokenUrl = Origin + "/pub/oauth/token";
    public const string PatientsUrl = Origin + "/pub/patient";
    public const string ClientId = "client-id-123";
    public const string ClientSecret = "client-secret-Zq81-never-log-me";
    public const string EmptyPatients = """{"data":[],"meta":{"count":0}}""";
    public const string JsonApi = "application/vnd.api+json";

    private readonly ILoggerFactory _loggerFactory;
    private int _tokenCount;
    private HttpMessageHandler? _transport;

    /// <summary>Released once per record, after the collector has stored it (see <see cref="WaitForLogAsync"/>).</summary>
    private readonly SemaphoreSlim _logWritten = new(0);

    public ClientHarness()
    {
        // The collector calls its output sink after storing each record: the one notification that the 8.x test
        // package (the net8.0 run) and the 10.x one share; GetLogsAsync exists only in the later ones.
        Logs = FakeLogCollector.Create(new FakeLogCollectorOptions { OutputSink = _ => _logWritten.Release() });
        _loggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.AddProvider(new FakeLoggerProvider(Logs)).SetMinimumLevel(LogLevel.Trace));
        TokenResponder = (_, n) => Task.FromResult(TokenResponse($"access-{n}", $"refresh-{n}", 3600));
        Mock.When(HttpMethod.Post, TokenUrl).Respond(async request =>
        {
            var seen = await CaptureAsync(request);
            TokenRequests.Enqueue(seen);
            return await TokenResponder(seen, Interlocked.Increment(ref _tokenCount));
        });
    }

    public MockHttpMessageHandler Mock { get; } = new();

    public ObservableTimeProvider Time { get; } = new();

    public FakeLogCollector Logs { get; }

    public ConcurrentQueue<SeenRequest> TokenRequests { get; } = new();

    public ConcurrentQueue<SeenRequest> ApiRequests { get; } = new();

    /// <summary>Answers the n-th (1-based) token request.</summary>
    public Func<SeenRequest, int, Task<HttpResponseMessage>> TokenResponder { get; set; }

    public FitbitPlusClientOptions Options(Action<FitbitPlusClientOptions>? configure = null)
    {
        var options = new FitbitPlusClientOptions
        {
            BaseAddress = new Uri(Origin + "/pub/"),
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            TimeProvider = Time,
            RetryBaseDelay = TimeSpan.Zero,
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>The mock behind a transport that, like a real socket handler, stops waiting when the request is cancelled.</summary>
    public HttpMessageHandler Transport => _transport ??= new CancellationHonouringHandler(Mock);

    public ILoggerFactory LoggerFactory => _loggerFactory;

    public FitbitPlusClient CreateClient(Action<FitbitPlusClientOptions>? configure = null) =>
        new(Options(configure), Transport, _loggerFactory);

    /// <summary>Routes <paramref name="method"/> <paramref name="url"/> to <paramref name="respond"/>, recording each request.</summary>
    public void OnApi(HttpMethod method, string url, Func<SeenRequest, int, HttpResponseMessage> respond)
    {
        var count = 0;
        Mock.When(method, url).Respond(async request =>
        {
            var seen = await CaptureAsync(request);
            ApiRequests.Enqueue(seen);
            try
            {
                return respond(seen, Interlocked.Increment(ref count));
            }
            catch (Exception ex)
            {
                // MockHttp 7.1 never completes a request whose async responder throws; the transport rethrows instead.
                return new FaultResponse(ex);
            }
        });
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json, string mediaType = JsonApi) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, mediaType) };

    public static HttpResponseMessage TokenResponse(string access, string refresh, int expiresIn, string? organization = "org-42", params string[] groups) =>
        Json(HttpStatusCode.Created, TokenDocument(access, refresh, expiresIn, organization, groups));

    public static string TokenDocument(string access, string refresh, int expiresIn, string? organization = "org-42", params string[] groups)
    {
        var groupIds = string.Join(",", groups.Select(g => "{\"type\":\"group\",\"id\":\"" + g + "\"}"));
        var relationships = organization is null
            ? ""
            : ",\"relationships\":{\"organization\":{\"data\":{\"type\":\"organization\",\"id\":\"" + organization + "\"}},\"groups\":{\"data\":[" + groupIds + "]}}";
        var included = organization is null ? "" : ",\"included\":[{\"type\":\"organization\",\"id\":\"" + organization + "\",\"attributes\":{\"name\":\"Acme\"}}]";
        return "{\"data\":{\"type\":\"token\",\"id\":\"tok\",\"attributes\":{\"access_token\":\"" + access + "\",\"refresh_token\":\"" + refresh
            + "\",\"token_type\":\"bearer\",\"expires_in\":" + expiresIn + "}" + relationships + "}" + included + ",\"meta\":{\"req_id\":\"req-token\"}}";
    }

    public static HttpResponseMessage ErrorResponse(HttpStatusCode status, string code, string requestId = "req-err") =>
        Json(status, "{\"errors\":[{\"status\":\"" + (int)status + "\",\"code\":\"" + code + "\",\"title\":\"" + code + "\",\"detail\":\"" + code
            + " happened\"}],\"meta\":{\"req_id\":\"" + requestId + "\"}}");

    /// <summary>Waits (event-driven; fails after 30 s) until a log record with event name <paramref name="eventName"/> was written.</summary>
    public async Task<FakeLogRecord> WaitForLogAsync(string eventName)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            // A record written between the look and the wait has already released the semaphore: none is missed.
            while (true)
            {
                var record = Logs.GetSnapshot().FirstOrDefault(r => r.Id.Name == eventName);
                if (record is not null)
                {
                    return record;
                }

                await _logWritten.WaitAsync(timeout.Token);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
        }

        Assert.Fail($"No '{eventName}' log record was written.");
        return null!;
    }

    public void Dispose()
    {
        _loggerFactory.Dispose();
        _logWritten.Dispose();
        _transport?.Dispose();
        Mock.Dispose();
    }

    private static async Task<SeenRequest> CaptureAsync(HttpRequestMessage request) =>
        new(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(),
            request.Content?.Headers.ContentType?.ToString(),
            request.Content is null ? null : await request.Content.ReadAsByteArrayAsync());
}

/// <summary>Stands for a transport failure (connection refused, reset) that a responder wants to simulate.</summary>
internal sealed class FaultResponse(Exception fault) : HttpResponseMessage
{
    public Exception Fault { get; } = fault;
}

/// <summary>
/// Forwards to MockHttp like a real transport: gives up as soon as the request's token is cancelled, and turns a
/// <see cref="FaultResponse"/> into the exception it stands for.
/// </summary>
internal sealed class CancellationHonouringHandler(HttpMessageHandler inner) : HttpMessageHandler
{
    private readonly HttpMessageInvoker _inner = new(inner, disposeHandler: false);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await _inner.SendAsync(request, cancellationToken).WaitAsync(cancellationToken);
        if (response is FaultResponse fault)
        {
            response.Dispose();
            throw fault.Fault;
        }

        return response;
    }
}
