using System.Net;
using FitbitPlus.Authentication;
using FitbitPlus.Diagnostics;
using FitbitPlus.Models;
using FitbitPlus.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FitbitPlus;

/// <summary>
/// Entry point of the library: every API operation (<see cref="Api"/>) behind one pipeline that obtains and renews
/// tokens, retries transient failures and reports every failure as a <see cref="FitbitPlusException"/>.
/// Thread-safe; create one per application (or register it with <c>services.AddFitbitPlus(...)</c>).
/// Public members are virtual and a protected constructor exists, so tests can substitute the client with any mocking library.
/// </summary>
public partial class FitbitPlusClient : IDisposable
{
    private const string MockingOnly =
        "This FitbitPlusClient was created with the protected constructor, for mocking; override the member you call.";

    private readonly Func<HttpClient> _httpClientSource;
    private readonly AccessTokenProvider? _tokens;
    private readonly HttpClient? _ownedHttpClient;
    private readonly HttpClient? _tokenHttpClient;
    private readonly Func<IFitbitPlusApiClient>? _api;

    /// <summary>Creates a client that talks to the API over its own connection pool.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public FitbitPlusClient(FitbitPlusClientOptions options)
        : this(options, (ILoggerFactory?)null)
    {
    }

    /// <summary>Creates a client that talks to the API over its own connection pool and logs through <paramref name="loggerFactory"/>.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public FitbitPlusClient(FitbitPlusClientOptions options, ILoggerFactory? loggerFactory)
        : this(Validate(options), HttpPipeline.CreateTransport(), ownsTransport: true, loggerFactory)
    {
    }

    /// <summary>
    /// Creates a client that sends through <paramref name="primaryHandler"/> (a custom transport, a proxy, a test double).
    /// The handler stays yours: disposing the client does not dispose it. Turn its automatic redirects off
    /// (<c>AllowAutoRedirect = false</c>): the client follows redirects within the API origin itself and refuses the others.
    /// </summary>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public FitbitPlusClient(FitbitPlusClientOptions options, HttpMessageHandler primaryHandler, ILoggerFactory? loggerFactory = null)
        : this(Validate(options), new NonDisposingHandler(primaryHandler ?? throw new ArgumentNullException(nameof(primaryHandler))), ownsTransport: true, loggerFactory)
    {
    }

    /// <summary>Creates an instance that is not connected to anything, for mocking; members not overridden throw <see cref="InvalidOperationException"/>.</summary>
    protected FitbitPlusClient()
    {
        Options = new FitbitPlusClientOptions();
        _httpClientSource = () => throw new InvalidOperationException(MockingOnly);
    }

    /// <summary>DI path: HTTP clients come from IHttpClientFactory, the token cache is a container singleton.</summary>
    internal FitbitPlusClient(FitbitPlusClientOptions validatedOptions, Func<HttpClient> httpClientSource, AccessTokenProvider tokens, FitbitPlusMetrics? metrics = null)
    {
        Options = validatedOptions;
        Metrics = metrics ?? FitbitPlusMetrics.Shared;
        _httpClientSource = httpClientSource;
        _tokens = tokens;
        // A fresh generated client per access, so every call uses a current handler from the factory.
        _api = () => new FitbitPlusApiClient(httpClientSource());
    }

    private FitbitPlusClient(FitbitPlusClientOptions validatedOptions, HttpMessageHandler transport, bool ownsTransport, ILoggerFactory? loggerFactory)
    {
        Options = validatedOptions;
        loggerFactory ??= NullLoggerFactory.Instance;
        // Token requests take a chain of their own over the same transport; it must not dispose the transport a second time.
        var tokenChain = HttpPipeline.Build(HttpPipeline.CreateTokenHandlers(validatedOptions, loggerFactory), new NonDisposingHandler(transport));
        _tokenHttpClient = new HttpClient(tokenChain, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _tokens = CreateTokenProvider(validatedOptions, () => _tokenHttpClient, loggerFactory, Metrics);
        var pipeline = HttpPipeline.Build(HttpPipeline.CreateApiHandlers(validatedOptions, _tokens, loggerFactory, Metrics), transport);
        _ownedHttpClient = new HttpClient(pipeline, disposeHandler: ownsTransport)
        {
            BaseAddress = validatedOptions.BaseAddress,
            // The resilience pipeline owns the time budget (RetryTotalTimeout).
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _httpClientSource = () => _ownedHttpClient;
        var generated = new FitbitPlusApiClient(_ownedHttpClient);
        _api = () => generated;
    }

    /// <summary>
    /// Every operation of the API. Failures surface as <see cref="FitbitPlusException"/> (token problems as
    /// <see cref="FitbitPlusAuthenticationException"/>). The low-level door: prefer the typed resource clients
    /// such as <c>Patients</c>.
    /// </summary>
    public virtual IFitbitPlusApiClient Api => _api?.Invoke() ?? throw new InvalidOperationException(MockingOnly);

    /// <summary>The pipeline's HTTP client (base address = <see cref="FitbitPlusClientOptions.BaseAddress"/>); used to follow paging links.</summary>
    internal HttpClient HttpClient => _httpClientSource();

    /// <summary>The validated, normalised options in force.</summary>
    internal FitbitPlusClientOptions Options { get; }

    /// <summary>Where pages, sync changes and operations are counted (the container's meter, or the shared one).</summary>
    internal FitbitPlusMetrics Metrics { get; } = FitbitPlusMetrics.Shared;

    /// <summary>
    /// Tells which organization and groups the credentials belong to, so callers can fill <c>filter[organization]</c>
    /// (or <c>filter[groups]</c> when only groups are named) without hard-coding them. Comes with the cached token, so it
    /// costs a request only when no token is cached. A token that names neither gives an empty scope (<see cref="CredentialsScope.IsEmpty"/>).
    /// </summary>
    /// <exception cref="FitbitPlusAuthenticationException">No token could be obtained.</exception>
    public virtual async Task<CredentialsScope> GetCredentialsScopeAsync(CancellationToken cancellationToken = default)
    {
        var tokens = _tokens ?? throw new InvalidOperationException(MockingOnly);
        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        return token.Scope ?? new CredentialsScope(null, Array.Empty<string>());
    }

    /// <summary>Releases the connection pool (unless the transport was supplied by the caller) and stops token requests in flight.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what this instance owns; override to release what a derived class owns.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (!disposing || _ownedHttpClient is null)
        {
            return; // DI: the container owns the token cache and the factory owns the handlers.
        }

        _tokens?.Dispose();
        _tokenHttpClient?.Dispose();
        _ownedHttpClient.Dispose();
    }

    /// <summary>Creates the token cache that sends its requests through <paramref name="httpClient"/> (the token chain's client).</summary>
    internal static AccessTokenProvider CreateTokenProvider(FitbitPlusClientOptions options, Func<HttpClient> httpClient, ILoggerFactory loggerFactory, FitbitPlusMetrics metrics) =>
        new(new TokenEndpointClient(options, httpClient, metrics), options.TimeProvider, loggerFactory.CreateLogger(HttpPipeline.AuthenticationLogCategory));

    private static FitbitPlusClientOptions Validate(FitbitPlusClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ValidatedCopy();
    }
}
