using FitbitPlus.DependencyInjection;
using FitbitPlus;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="FitbitPlus.FitbitPlusClient"/> with a dependency-injection container.</summary>
public static class FitbitPlusServiceCollectionExtensions
{
    /// <summary>The IHttpClientFactory name of the default client's HTTP pipeline (a named client's is <c>FitbitPlus:{name}</c>).</summary>
    public const string HttpClientName = "FitbitPlus";

    /// <summary>
    /// Registers the default singleton <see cref="FitbitPlus.FitbitPlusClient"/> whose HTTP pipeline comes from IHttpClientFactory.
    /// Options are validated when the host starts. Returns the named client's builder, so you can add handlers or
    /// replace the primary handler (keep its <c>AllowAutoRedirect</c> off); they run inside the library's own handlers,
    /// for token requests too (which have a named client of their own, configured alike). The factory's default request
    /// logging is removed for this client: its structured header state carries the raw Authorization value.
    /// </summary>
    /// <exception cref="InvalidOperationException">The default client is already registered.</exception>
    public static IHttpClientBuilder AddFitbitPlus(this IServiceCollection services, Action<FitbitPlus.FitbitPlusClientOptions> configure) =>
        AddFitbitPlus(services, Options.Options.DefaultName, configure);

    /// <summary>
    /// Registers a client under <paramref name="name"/> (for example one per organization's credentials), resolved with
    /// <see cref="IFitbitPlusClientFactory.CreateClient(string)"/>; the empty name is the default client, also injectable
    /// as <see cref="FitbitPlus.FitbitPlusClient"/>. Each name has its own options (validated when the host starts),
    /// token cache and HTTP pipeline. Returns that pipeline's builder, as <see cref="AddFitbitPlus(IServiceCollection, Action{FitbitPlus.FitbitPlusClientOptions})"/> does.
    /// </summary>
    /// <exception cref="InvalidOperationException">A client is already registered under <paramref name="name"/>.</exception>
    public static IHttpClientBuilder AddFitbitPlus(this IServiceCollection services, string name, Action<FitbitPlus.FitbitPlusClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);

        if (!RegisteredNames(services).TryAdd(name))
        {
            throw new InvalidOperationException(name.Length == 0
                ? "The default FitbitPlus client is already registered; a second AddFitbitPlus(configure) would silently merge two configurations. Configure it in one call, or register other credentials with AddFitbitPlus(name, configure)."
                : $"A FitbitPlus client named '{name}' is already registered; a second registration would silently merge two configurations.");
        }

        services.AddOptions<FitbitPlus.FitbitPlusClientOptions>(name).Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FitbitPlus.FitbitPlusClientOptions>, FitbitPlusClientOptionsValidator>());
        services.TryAddSingleton(sp => new FitbitPlusClientFactory(
            sp.GetRequiredService<IOptionsMonitor<FitbitPlus.FitbitPlusClientOptions>>(),
            sp,
            sp.GetService<ILoggerFactory>(),
            sp.GetRequiredService<FitbitPlusClientNames>(),
            sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton<IFitbitPlusClientFactory>(sp => sp.GetRequiredService<FitbitPlusClientFactory>());
        if (name.Length == 0)
        {
            services.AddSingleton(sp => sp.GetRequiredService<FitbitPlusClientFactory>().CreateClient(name));
        }

        var apiName = FitbitPlusRegistration.HttpClientNameFor(name);
        var builder = services.AddHttpClient(apiName)
            .RemoveAllLoggers()
            // No automatic redirects: the pipeline follows same-origin ones itself, so secrets never go elsewhere.
            .ConfigurePrimaryHttpMessageHandler(HttpPipeline.CreateTransport)
            .ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = Registration(sp, name).Options.BaseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan; // RetryTotalTimeout bounds each call.
            });
        // The library's handlers, outermost first, fresh on each handler rotation; handlers the caller adds later run inside
        // them. The token chain is built from this same configuration (TokenChainBuilderFilter): there, the token handlers.
        var tokenName = FitbitPlusRegistration.TokenHttpClientNameFor(name);
        services.Configure<HttpClientFactoryOptions>(apiName, o => o.HttpMessageHandlerBuilderActions.Add(b =>
        {
            var registration = Registration(b.Services, name);
            var handlers = b.Name == tokenName
                ? HttpPipeline.CreateTokenHandlers(registration.Options, registration.LoggerFactory)
                : HttpPipeline.CreateApiHandlers(registration.Options, registration.Tokens, registration.LoggerFactory, registration.Metrics);
            foreach (var handler in handlers)
            {
                b.AdditionalHandlers.Add(handler);
            }
        }));
        services.AddHttpClient(tokenName).RemoveAllLoggers();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, TokenChainBuilderFilter>());
        return builder;
    }

    private static FitbitPlusRegistration Registration(IServiceProvider services, string name) =>
        services.GetRequiredService<FitbitPlusClientFactory>().Registration(name);

    /// <summary>The collection's name registry, added as a singleton instance on first use.</summary>
    private static FitbitPlusClientNames RegisteredNames(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(FitbitPlusClientNames))?.ImplementationInstance is FitbitPlusClientNames names)
        {
            return names;
        }

        names = new FitbitPlusClientNames();
        services.AddSingleton(names);
        return names;
    }
}
