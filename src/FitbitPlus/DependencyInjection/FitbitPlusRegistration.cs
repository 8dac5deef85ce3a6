using FitbitPlus.Authentication;
using FitbitPlus.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FitbitPlus.DependencyInjection;

/// <summary>
/// What one named client keeps for the container's lifetime, outliving IHttpClientFactory's handler rotation: the
/// validated options and the token cache. The token cache sends its requests through the same named HTTP client as the API calls.
/// </summary>
internal sealed class FitbitPlusRegistration : IDisposable
{
    public FitbitPlusRegistration(FitbitPlusClientOptions options, IHttpClientFactory httpClientFactory, string httpClientName, ILoggerFactory? loggerFactory, FitbitPlusMetrics? metrics = null)
    {
        Metrics = metrics ?? FitbitPlusMetrics.Shared;
        Options = options.ValidatedCopy();
        LoggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        CreateHttpClient = () => httpClientFactory.CreateClient(httpClientName);
        Tokens = FitbitPlusClient.CreateTokenProvider(Options, CreateHttpClient, LoggerFactory, Metrics);
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

    public void Dispose() => Tokens.Dispose();
}
