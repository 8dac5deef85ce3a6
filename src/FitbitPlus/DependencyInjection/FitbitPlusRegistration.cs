using FitbitPlus.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FitbitPlus.DependencyInjection;

/// <summary>
/// What one named client keeps for the container's lifetime, outliving IHttpClientFactory's handler rotation: the
/// validated options and the token cache. The token cache sends its requests through a named HTTP client of its own
/// (<see cref="TokenHttpClientNameFor"/>), never through the API's.
/// </summary>
internal sealed class FitbitPlusRegistration : IDisposable
{
    private const string TokenHttpClientName = "FitbitPlus.Token";

    public FitbitPlusRegistration(FitbitPlusClientOptions options, IHttpClientFactory httpClientFactory, string name, ILoggerFactory? loggerFactory)
    {
        Options = options.ValidatedCopy();
        LoggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        var apiName = HttpClientNameFor(name);
        var tokenName = TokenHttpClientNameFor(name);
        CreateHttpClient = () => httpClientFactory.CreateClient(apiName);
        Tokens = FitbitPlusClient.CreateTokenProvider(Options, () => httpClientFactory.CreateClient(tokenName), LoggerFactory);
    }

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

    public void Dispose() => Tokens.Dispose();
}
