using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace FitbitPlus.DependencyInjection;

/// <summary>
/// Builds a token client's handlers (<see cref="FitbitPlusRegistration.TokenHttpClientNameFor"/>) from its API client's
/// configuration instead of its own: the same transport, the caller's primary handler and handlers, IHttpClientFactory's
/// defaults once; the library's own action sees the token client's name and adds the token handlers where the API's
/// would be. Registered after the factory's built-in filters, so their logging and metrics still apply by the token name.
/// </summary>
internal sealed class TokenChainBuilderFilter : IHttpMessageHandlerBuilderFilter
{
    private readonly IOptionsMonitor<HttpClientFactoryOptions> _options;
    private readonly FitbitPlusClientNames _names;

    public TokenChainBuilderFilter(IOptionsMonitor<HttpClientFactoryOptions> options, FitbitPlusClientNames names)
    {
        _options = options;
        _names = names;
    }

    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        if (FitbitPlusRegistration.ClientNameOfTokenHttpClient(builder.Name) is not { } name || !_names.Contains(name))
        {
            next(builder);
            return;
        }

        foreach (var action in _options.Get(FitbitPlusRegistration.HttpClientNameFor(name)).HttpMessageHandlerBuilderActions)
        {
            action(builder);
        }
    };
}
