using FitbitPlus.Authentication;
using FitbitPlus.Diagnostics;
using FitbitPlus.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;

namespace FitbitPlus;

/// <summary>
/// The handlers of the client's pipeline, outer to inner: operation telemetry → error translation → resilience (retries, total timeout)
/// → bearer token (401 renewal) → same-origin redirects → response buffering → trace context → transport. Used by both the
/// constructor and DI.
/// It composes Http/ and Authentication/, so it lives above both: Authentication/ uses Http/, never the reverse.
/// </summary>
internal static class HttpPipeline
{
    /// <summary>Logger category of the HTTP pipeline.</summary>
    public const string LogCategory = "FitbitPlus.Http";

    /// <summary>Logger category of the token lifecycle.</summary>
    public const string AuthenticationLogCategory = "FitbitPlus.Authentication";

    /// <summary>Creates fresh handler instances, outermost first.</summary>
    public static IReadOnlyList<DelegatingHandler> CreateHandlers(FitbitPlusClientOptions options, AccessTokenProvider tokens, ILoggerFactory loggerFactory, FitbitPlusMetrics metrics) =>
    [
        CreateTelemetry(options, metrics),
        CreateErrorTranslation(options),
        CreateResilience(options, loggerFactory),
        CreateBearerToken(options, tokens, loggerFactory),
        CreateRedirects(options),
        CreateBuffering(options),
        CreateTraceContext(),
    ];

    /// <summary>One Activity and duration per API operation call or page (nothing while nobody listens).</summary>
    public static DelegatingHandler CreateTelemetry(FitbitPlusClientOptions options, FitbitPlusMetrics metrics) => new OperationTelemetryHandler(metrics, options.BaseAddress);

    /// <summary>The W3C trace context on every attempt, retries included.</summary>
    public static DelegatingHandler CreateTraceContext() => new TraceContextHandler();

    /// <summary>Non-success and non-JSON responses → <see cref="FitbitPlusException"/>.</summary>
    public static DelegatingHandler CreateErrorTranslation(FitbitPlusClientOptions options) => new ErrorTranslationHandler(options.RetryTotalTimeout);

    /// <summary>Retries and the total timeout (Polly).</summary>
    public static DelegatingHandler CreateResilience(FitbitPlusClientOptions options, ILoggerFactory loggerFactory) =>
        // ResilienceHandler is marked experimental (EXTEXP0001) in 8.10, the net8.0 floor; later versions made the
        // same constructor stable, so the net8.0 assembly binds to it whichever version an app resolves.
#pragma warning disable EXTEXP0001
        new ResilienceHandler(FitbitPlusResilience.Create(options, loggerFactory.CreateLogger(LogCategory)));
#pragma warning restore EXTEXP0001

    /// <summary>Bearer token and the one-time 401 renewal.</summary>
    public static DelegatingHandler CreateBearerToken(FitbitPlusClientOptions options, AccessTokenProvider tokens, ILoggerFactory loggerFactory) =>
        new BearerTokenHandler(tokens, options.BaseAddress, loggerFactory.CreateLogger(AuthenticationLogCategory));

    /// <summary>Follows redirects within the API origin only (the transport's own redirects are off).</summary>
    public static DelegatingHandler CreateRedirects(FitbitPlusClientOptions options) => new SameOriginRedirectHandler(options.BaseAddress);

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

    /// <summary>Reads bodies whole inside the retry, within the size limits.</summary>
    public static DelegatingHandler CreateBuffering(FitbitPlusClientOptions options) =>
        new ResponseBufferingHandler(options.MaxResponseBytes, options.MaxTokenResponseBytes);

    /// <summary>Chains the handlers in front of <paramref name="transport"/>.</summary>
    public static HttpMessageHandler Build(FitbitPlusClientOptions options, AccessTokenProvider tokens, ILoggerFactory loggerFactory, FitbitPlusMetrics metrics, HttpMessageHandler transport)
    {
        var inner = transport;
        var handlers = CreateHandlers(options, tokens, loggerFactory, metrics);
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = inner;
            inner = handlers[i];
        }

        return inner;
    }
}
