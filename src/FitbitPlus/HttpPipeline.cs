using FitbitPlus.Authentication;
using FitbitPlus.Diagnostics;
using FitbitPlus.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;

namespace FitbitPlus;

/// <summary>
/// The client's two handler chains over one transport, used by both the constructor and DI.
/// API requests, outer to inner: operation telemetry → error translation → resilience (retries, total timeout) → bearer
/// token (401 renewal) → same-origin redirects → response buffering (<see cref="FitbitPlusClientOptions.MaxResponseBytes"/>)
/// → trace context → transport.
/// Token requests have a chain of their own, as Duende's back channel and Azure's credential pipeline do: resilience
/// (a grant is safe to repeat, so its POST is retried like an idempotent call) → same-origin redirects → response
/// buffering (<see cref="FitbitPlusClientOptions.MaxTokenResponseBytes"/>) → trace context → transport; their failures are
/// <see cref="FitbitPlusAuthenticationException"/>s, and <see cref="TokenEndpointClient"/> reads the answers itself.
/// No handler asks which kind of request it carries: each chain is built for one kind.
/// It composes Http/ and Authentication/, so it lives above both: Http/ holds building blocks that know nothing of
/// tokens, and Authentication/ uses Http/ (request replay, origins), never the reverse.
/// </summary>
internal static class HttpPipeline
{
    /// <summary>Logger category of the HTTP pipeline.</summary>
    public const string LogCategory = "FitbitPlus.Http";

    /// <summary>Logger category of the token lifecycle.</summary>
    public const string AuthenticationLogCategory = "FitbitPlus.Authentication";

    /// <summary>Polly pipeline name of the API chain.</summary>
    public const string ApiResilienceName = "FitbitPlus";

    /// <summary>Polly pipeline name of the token chain.</summary>
    public const string TokenResilienceName = "FitbitPlus.Token";

    /// <summary>Creates fresh handler instances of the API chain, outermost first.</summary>
    public static IReadOnlyList<DelegatingHandler> CreateApiHandlers(FitbitPlusClientOptions options, AccessTokenProvider tokens, ILoggerFactory loggerFactory, FitbitPlusMetrics metrics) =>
    [
        // One Activity and duration per API operation call or page (nothing while nobody listens).
        new OperationTelemetryHandler(metrics, options.BaseAddress),
        // Non-success and non-JSON responses → FitbitPlusException.
        new ErrorTranslationHandler(options.RetryTotalTimeout, options.TimeProvider),
        CreateResilience(ApiResilienceName, options, loggerFactory, everyRequestRepeatable: false),
        new BearerTokenHandler(tokens, options.BaseAddress, loggerFactory.CreateLogger(AuthenticationLogCategory)),
        new SameOriginRedirectHandler(options.BaseAddress, ApiFailure),
        new ResponseBufferingHandler(options.MaxResponseBytes, nameof(FitbitPlusClientOptions.MaxResponseBytes), ApiFailure),
        // The W3C trace context on every attempt, retries included.
        new TraceContextHandler(),
    ];

    /// <summary>Creates fresh handler instances of the token chain, outermost first.</summary>
    public static IReadOnlyList<DelegatingHandler> CreateTokenHandlers(FitbitPlusClientOptions options, ILoggerFactory loggerFactory) =>
    [
        // A client_credentials or refresh_token grant may be sent again: at worst the server issues one more token.
        CreateResilience(TokenResilienceName, options, loggerFactory, everyRequestRepeatable: true),
        new SameOriginRedirectHandler(options.BaseAddress, (message, status) =>
            new FitbitPlusAuthenticationException("The token request was not completed: " + message, status, null, null, null)),
        new ResponseBufferingHandler(options.MaxTokenResponseBytes, nameof(FitbitPlusClientOptions.MaxTokenResponseBytes), (message, status) =>
            new FitbitPlusAuthenticationException(message, status, null, null, null)),
        new TraceContextHandler(),
    ];

    /// <summary>
    /// The transport of both the constructor and DI. Automatic redirects are off: they would carry the client secret
    /// or the bearer token to any host a Location header names (<see cref="SameOriginRedirectHandler"/> follows the safe ones).
    /// </summary>
    public static SocketsHttpHandler CreateTransport() => new()
    {
        // Long-lived clients must still notice DNS changes.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
        AllowAutoRedirect = false,
    };

    /// <summary>Chains <paramref name="handlers"/> (outermost first) in front of <paramref name="transport"/>.</summary>
    public static HttpMessageHandler Build(IReadOnlyList<DelegatingHandler> handlers, HttpMessageHandler transport)
    {
        var inner = transport;
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = inner;
            inner = handlers[i];
        }

        return inner;
    }

    /// <summary>Retries and the total timeout (Polly).</summary>
    private static DelegatingHandler CreateResilience(string name, FitbitPlusClientOptions options, ILoggerFactory loggerFactory, bool everyRequestRepeatable) =>
        // ResilienceHandler is marked experimental (EXTEXP0001) in 8.10, the net8.0 floor; later versions made the
        // same constructor stable, so the net8.0 assembly binds to it whichever version an app resolves.
#pragma warning disable EXTEXP0001
        new ResilienceHandler(FitbitPlusResilience.Create(name, options, loggerFactory.CreateLogger(LogCategory), everyRequestRepeatable));
#pragma warning restore EXTEXP0001

    private static FitbitPlusException ApiFailure(string message, System.Net.HttpStatusCode status) => new(message, status, null, null, null);
}
