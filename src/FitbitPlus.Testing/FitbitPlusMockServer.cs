using FitbitPlus.Mock.Authentication;
using FitbitPlus.Mock.Handlers;
using FitbitPlus.Mock.Hosting;
using FitbitPlus.Mock.Routing;
using FitbitPlus.Mock.Seeding;
using FitbitPlus.Mock.Spec;
using FitbitPlus.Mock.Store;
using Microsoft.AspNetCore.Builder;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace FitbitPlus.Mock;

/// <summary>
/// A stateful fake of the whole Fitbit Plus API on WireMock.Net, bound to 127.0.0.1. Start it once per test
/// fixture, point an <see cref="HttpClient"/> at <see cref="BaseAddress"/> and get a token with
/// <see cref="ClientId"/>/<see cref="ClientSecret"/>.
/// </summary>
public sealed class FitbitPlusMockServer : IDisposable
{
    private readonly WireMockServer _server;
    private readonly FaultMiddleware _front;

    private FitbitPlusMockServer(WireMockServer server, FaultMiddleware front, MockServerOptions options, MockStore store, MockFaults faults)
    {
        _server = server;
        _front = front;
        ClientId = options.ClientId;
        ClientSecret = options.ClientSecret;
        Store = store;
        Faults = faults;
        var port = server.Ports.Count > 0 ? server.Ports[0] : options.Port;
        Origin = new Uri($"http://127.0.0.1:{port}/");
        BaseAddress = new Uri(Origin, "pub/");
    }

    /// <summary>The server origin, e.g. <c>http://127.0.0.1:5080/</c> (links in answers are relative to it).</summary>
    public Uri Origin { get; }

    /// <summary>The API base address ending in <c>/pub/</c>, for <see cref="HttpClient.BaseAddress"/>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The client id the token endpoint accepts.</summary>
    public string ClientId { get; }

    /// <summary>The client secret the token endpoint accepts (a fake credential of the local mock).</summary>
    public string ClientSecret { get; }

    /// <summary>Fault injection (rate, latency, scripted failures).</summary>
    public MockFaults Faults { get; }

    /// <summary>The in-memory data.</summary>
    public MockStore Store { get; }

    /// <summary>Requests received so far on API routes (faulted ones included, <c>/__admin</c> excluded).</summary>
    public int RequestCount => _front.RequestCount;

    /// <summary>Seeds the store and starts listening on 127.0.0.1.</summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static FitbitPlusMockServer Start(MockServerOptions? options = null)
    {
        options ??= new MockServerOptions();
        options.Validate();

        var store = new ResourceStore();
        var seed = Seeder.Populate(store, new SeedSettings(options.PatientCount, options.GroupCount, options.CoachCount, options.RandomSeed, options.SeedPatientRecords));
        var tokens = new TokenRegistry(options.TimeProvider, options.TokenLifetime);
        var engine = new MockEngine(store, tokens, new EngineSettings(
            options.ClientId, options.ClientSecret, seed.OrganizationId, options.DefaultPageSize, options.MaxPageSize, options.TimeProvider, options.TokenScopeShape,
            options.SpecYaml is null ? null : SpecRoutes.For(ApiSpec.Parse(options.SpecYaml))));
        var faults = new MockFaults(options.RandomSeed, options.FaultRate, options.Latency, options.ExemptOAuthFromFaults);
        var front = new FaultMiddleware(faults, options.TimeProvider);
        var callback = new EngineCallback(engine);

        var server = WireMockServer.Start(new WireMockServerSettings
        {
            // WireMock would listen on every interface by default; the mock is local only.
            Urls = [$"http://127.0.0.1:{options.Port}"],
            StartAdminInterface = options.EnableAdminInterface,
            MaxRequestLogCount = options.MaxRequestLogCount,
            Logger = new WireMockNullLogger(),
            DisableJsonBodyParsing = true,
            DisableDeserializeFormUrlEncoded = true,
            DisableRequestBodyDecompressing = true,
            AllowBodyForAllHttpMethods = true,

            // Faults need the raw connection (reset, truncated body), so they are decided in front of WireMock.
            PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use((context, next) => front.InvokeAsync(context, next)),
        });
        server.Given(Request.Create().WithPath(new RegexMatcher(".*")).UsingAnyMethod())
            .AtPriority(int.MaxValue)
            .RespondWith(Response.Create().WithCallback(callback.Respond));
        return new FitbitPlusMockServer(server, front, options, new MockStore(store, seed), faults);
    }

    /// <summary>Stops the server.</summary>
    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
