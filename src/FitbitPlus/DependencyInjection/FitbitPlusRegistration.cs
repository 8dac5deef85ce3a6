using FitbitPlus.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FitbitPlus.DependencyInjection;

/// <summary>
/// Container singleton holding what must outlive IHttpClientFactory's handler rotation: the validated options and
/// the token cache. The token cache sends its requests through the same named client as the API calls.
/// </summary>
internal sealed class FitbitPlusRegistration : IDisposable
{
    public FitbitPlusRegistration(IOptions<FitbitPlusClientOptions> options, IHttpClientFactory httpClientFactory, ILoggerFactory? loggerFactory)
    {
        Options = options.Value.ValidatedCopy();
        LoggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        CreateHttpClient = () => httpClientFactory.CreateClient(Microsoft.Extensions.DependencyInjection.FitbitPlusServiceCollectionExtensions.HttpClientName);
        Tokens = FitbitPlusClient.CreateTokenProvider(Options, CreateHttpClient, LoggerFactory);
    }

    public FitbitPlusClientOptions Options { get; }

    public ILoggerFactory LoggerFactory { get; }

    public Func<HttpClient> CreateHttpClient { get; }

    public AccessTokenProvider Tokens { get; }

    public void Dispose() => Tokens.Dispose();
}
