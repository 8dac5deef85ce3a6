using System.Net;
using FitbitPlus.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitbitPlus.Tests.DependencyInjection;

public class AddFitbitPlusTests
{
    [Test]
    public async Task AddFitbitPlus_ResolvedClient_SendsThroughTheFullPipeline()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, n) => n == 1
            ? ClientHarness.ErrorResponse(HttpStatusCode.ServiceUnavailable, "Unavailable")
            : ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        await using var provider = BuildProvider(harness);

        var client = provider.GetRequiredService<FitbitPlusClient>();
        await client.Api.FetchPatientsAsync();
        await client.Api.FetchPatientsAsync();

        Assert.That(provider.GetRequiredService<FitbitPlusClient>(), Is.SameAs(client));
        Assert.That(harness.TokenRequests, Has.Count.EqualTo(1));
        Assert.That(harness.ApiRequests, Has.Count.EqualTo(3), "the 503 should have been retried");
        Assert.That(harness.ApiRequests.Select(r => r.Authorization), Is.All.EqualTo("Bearer access-1"));
        Assert.That((await client.GetCredentialsScopeAsync()).OrganizationId, Is.EqualTo("org-42"));
    }

    [Test]
    public async Task Logs_DependencyInjectionPipeline_NeverContainSecrets()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        await using var provider = BuildProvider(harness);

        await provider.GetRequiredService<FitbitPlusClient>().Api.FetchPatientsAsync();

        var records = harness.Logs.GetSnapshot();
        Assert.That(records.Select(r => r.Id.Name), Does.Contain("TokenAcquired"), "logging should be captured");
        // The factory's own request logging puts raw header values in its structured state.
        Assert.That(records.Select(r => r.Category), Has.None.StartsWith("System.Net.Http.HttpClient.FitbitPlus"));
        var texts = records.Select(r => r.Message + " " + string.Join(" ", r.StructuredState?.Select(kv => kv.Value) ?? [])).ToList();
        Assert.That(texts, Has.None.Contains("access-1").And.None.Contains("refresh-1").And.None.Contains(ClientHarness.ClientSecret));
    }

    [Test]
    public async Task AddFitbitPlus_ErrorStatus_SurfacesAsFitbitPlusException()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.ErrorResponse(HttpStatusCode.Forbidden, "Forbidden", "req-403"));
        using var provider = BuildProvider(harness);

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => provider.GetRequiredService<FitbitPlusClient>().Api.FetchPatientsAsync());

        Assert.That(ex!.RequestId, Is.EqualTo("req-403"));
    }

    [Test]
    public void AddFitbitPlus_InvalidOptions_StartupValidationNamesTheOption()
    {
        var services = new ServiceCollection();
        services.AddFitbitPlus(o =>
        {
            o.ClientId = "id";
            o.BaseAddress = new Uri("http://api.example.test/pub/");
        });
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(ex!.Message, Does.Contain("FitbitPlusClientOptions.ClientSecret").And.Contain("FitbitPlusClientOptions.BaseAddress"));
    }

    [Test]
    public async Task AddFitbitPlus_ReturnedBuilder_AddsHandlersThatSeeEveryRequest()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        var seen = new List<string>();
        var services = new ServiceCollection();
        services.AddFitbitPlus(o => Configure(harness, o))
            .ConfigurePrimaryHttpMessageHandler(() => new CancellationHonouringHandler(harness.Mock))
            .AddHttpMessageHandler(() => new RecordingHandler(seen));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<FitbitPlusClient>().Api.FetchPatientsAsync();

        Assert.That(seen, Is.EqualTo(new[] { "POST /pub/oauth/token", "GET /pub/patient" }));
    }

    [Test]
    public async Task AddFitbitPlus_TokenRequest_PassesThroughNoneOfTheApiHandlers()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        var seen = new List<(string Request, string Chain)>();
        var services = new ServiceCollection();
        services.AddFitbitPlus(o => Configure(harness, o))
            .ConfigurePrimaryHttpMessageHandler(() => new CancellationHonouringHandler(harness.Mock))
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) => handlers.Add(new ChainRecordingHandler(handlers, seen)));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<FitbitPlusClient>().Api.FetchPatientsAsync();

        Assert.That(seen, Is.EqualTo(new[]
        {
            ("POST /pub/oauth/token", "ResilienceHandler > SameOriginRedirectHandler > ResponseBufferingHandler > TraceContextHandler > ChainRecordingHandler"),
            ("GET /pub/patient", "OperationTelemetryHandler > ErrorTranslationHandler > ResilienceHandler > BearerTokenHandler > SameOriginRedirectHandler > ResponseBufferingHandler > TraceContextHandler > ChainRecordingHandler"),
        }));
    }

    [Test]
    public async Task AddFitbitPlus_HttpClientDefaults_AppliedOnceToTokenRequests()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        var seen = new List<string>();
        var callerHeaders = new List<string>();
        var services = new ServiceCollection();
        services.AddFitbitPlus(o => Configure(harness, o))
            .ConfigurePrimaryHttpMessageHandler(() => new CancellationHonouringHandler(harness.Mock))
            .ConfigureHttpClient(c => c.DefaultRequestHeaders.Add("X-Caller", "worker"))
            .AddHttpMessageHandler(() => new CallbackHandler(r => callerHeaders.Add(string.Join(",", r.Headers.GetValues("X-Caller")))));
        // Registered last, applied first: IHttpClientFactory puts defaults before every named client's own configuration.
        services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => new RecordingHandler(seen)));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<FitbitPlusClient>().Api.FetchPatientsAsync();

        // A default handler sits outside the library's handlers: the API call enters it before the bearer handler asks for a token.
        Assert.That(seen, Is.EqualTo(new[] { "GET /pub/patient", "POST /pub/oauth/token" }), "defaults apply once to each chain");
        Assert.That(callerHeaders, Is.EqualTo(new[] { "worker", "worker" }), "the caller's HttpClient settings apply once to token requests too");
    }

    private static ServiceProvider BuildProvider(ClientHarness harness)
    {
        var services = new ServiceCollection();
        services.AddSingleton(harness.LoggerFactory);
        services.AddFitbitPlus(o => Configure(harness, o))
            .ConfigurePrimaryHttpMessageHandler(() => new CancellationHonouringHandler(harness.Mock));
        return services.BuildServiceProvider();
    }

    private static void Configure(ClientHarness harness, FitbitPlusClientOptions options)
    {
        var configured = harness.Options();
        options.BaseAddress = configured.BaseAddress;
        options.ClientId = configured.ClientId;
        options.ClientSecret = configured.ClientSecret;
        options.TimeProvider = configured.TimeProvider;
        options.RetryBaseDelay = configured.RetryBaseDelay;
    }

    // Records each request with the handlers of the chain it travels (read when it is sent, so the list is complete).
    private sealed class ChainRecordingHandler(IList<DelegatingHandler> chain, List<(string, string)> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (seen)
            {
                seen.Add(($"{request.Method} {request.RequestUri!.AbsolutePath}", string.Join(" > ", chain.Select(h => h.GetType().Name))));
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class CallbackHandler(Action<HttpRequestMessage> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen(request);
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class RecordingHandler(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (seen)
            {
                seen.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
