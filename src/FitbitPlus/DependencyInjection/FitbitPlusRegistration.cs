using FitbitPlus.Authentication;
using FitbitPlus.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FitbitPlus.DependencyInjection;

/// <summary>
/// What one named client keeps for the container's lifetime, outliving IHttpClientFactory's handler rotation: the
/// validated options and the token cache. The token cache sends its requests through handlers of its own, named
/// <see cref="TokenHttpClientNameFor"/> (built by <see cref="TokenChainBuilderFilter"/>), never through the API's.
/// </summary>
internal sealed class FitbitPlusRegistration : IDisposable
{
    private const string TokenHttpClientName = "FitbitPlus.Token";

    public FitbitPlusRegistration(FitbitPlusClientOptions options, IServiceProvider services, string name, ILoggerFactory? loggerFactory, FitbitPlusMetrics? metrics = null)
    {
        Metrics = metrics ?? FitbitPlusMetrics.Shared;
        Options = options.ValidatedCopy();
        LoggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        var apiName = HttpClientNameFor(name);
        var tokenName = TokenHttpClientNameFor(name);
        var httpClientFactory = services.GetRequiredService<IHttpClientFactory>();
        var handlerFactory = services.GetRequiredService<IHttpMessageHandlerFactory>();
        var clientOptions = services.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>();
        CreateHttpClient = () => httpClientFactory.CreateClient(apiName);
        // As IHttpClientFactory.CreateClient does, but with the API client's HttpClient settings (the caller's included).
        Tokens = FitbitPlusClient.CreateTokenProvider(Options, () =>
        {
            var client = new HttpClient(handlerFactory.CreateHandler(tokenName), disposeHandler: false);
            foreach (var configure in clientOptions.Get(apiName).HttpClientActions)
            {
                configure(client);
            }

            return client;
        }, LoggerFactory, Metrics);
    }

    /// <summary>The container's instruments (its IMeterFactory's meter), shared by every named client.</summary>
    public FitbitPlusMetrics Metrics { get; }

    public FitbitPlusClientOptions Options { get; }

    public ILoggerFactory LoggerFactory { get; }

    public Func<HttpClient> CreateHttpClient { get; }

    public AccessTokenProvider Tokens { get; }

    /// <summary>The IHttpClientFactory name of a client's pipeline: "FitbitPlus" for the default client, "FitbitPlus:{name}" otherwise.</summary>
    public static string HttpClientNameFor(string name) =>
        name == Microsoft.Extensions.Options.Options.DefaultName
            ? Microsoft.Extensions.DependencyInjection.FitbitPlusServiceCollectionExtensions.HttpClientName
            : Microsoft.Extensions.DependencyInjection.FitbitPlusServiceCollectionExtensions.HttpClientName + ":" + name;

    /// <summary>
    /// The IHttpClientFactory name of a client's token chain: "FitbitPlus.Token" for the default client, "FitbitPlus.Token:{name}"
    /// otherwise (no API name starts so, whatever the client names are).
    /// </summary>
    public static string TokenHttpClientNameFor(string name) =>
        name == Microsoft.Extensions.Options.Options.DefaultName ? TokenHttpClientName : TokenHttpClientName + ":" + name;

    /// <summary>The client name whose token chain <paramref name="httpClientName"/> names, or null when it names none.</summary>
    public static string? ClientNameOfTokenHttpClient(string? httpClientName) =>
        httpClientName == TokenHttpClientName ? Microsoft.Extensions.Options.Options.DefaultName
        : httpClientName?.StartsWith(TokenHttpClientName + ":", StringComparison.Ordinal) == true ? httpClientName[(TokenHttpClientName.Length + 1)..]
        : null;

    public void Dispose() => Tokens.Dispose();
}
