using FitbitPlus.DependencyInjection;
using FitbitPlus;
using FitbitPlus.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="FitbitPlus.FitbitPlusClient"/> with a dependency-injection container.</summary>
public static class FitbitPlusServiceCollectionExtensions
{
    /// <summary>The IHttpClientFactory name of the client's HTTP pipeline.</summary>
    public const string HttpClientName = "FitbitPlus";

    /// <summary>
    /// Registers a singleton <see cref="FitbitPlus.FitbitPlusClient"/> whose HTTP pipeline comes from IHttpClientFactory.
    /// Options are validated when the host starts. Returns the named client's builder, so you can add handlers or
    /// replace the primary handler (keep its <c>AllowAutoRedirect</c> off); they run inside the library's own handlers. The factory's default request
    /// logging is removed for this client: its structured header state carries the raw Authorization value.
    /// </summary>
    public static IHttpClientBuilder AddFitbitPlus(this IServiceCollection services, Action<FitbitPlus.FitbitPlusClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<FitbitPlus.FitbitPlusClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FitbitPlus.FitbitPlusClientOptions>, FitbitPlusClientOptionsValidator>());
        services.TryAddSingleton(sp => new FitbitPlusRegistration(
            sp.GetRequiredService<IOptions<FitbitPlus.FitbitPlusClientOptions>>(),
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetService<ILoggerFactory>()));
        services.TryAddSingleton(sp =>
        {
            var registration = sp.GetRequiredService<FitbitPlusRegistration>();
            return new FitbitPlus.FitbitPlusClient(registration.Options, registration.CreateHttpClient, registration.Tokens);
        });

        var builder = services.AddHttpClient(HttpClientName)
            .RemoveAllLoggers()
            // No automatic redirects: the pipeline follows same-origin ones itself, so secrets never go elsewhere.
            .ConfigurePrimaryHttpMessageHandler(HttpPipeline.CreateTransport)
            .ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = sp.GetRequiredService<FitbitPlusRegistration>().Options.BaseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan; // RetryTotalTimeout bounds each call.
            });
        // Registration order is pipeline order, outer → inner; each handler rotation builds fresh handlers.
        builder.AddHttpMessageHandler(sp => HttpPipeline.CreateErrorTranslation(Registration(sp).Options))
            .AddHttpMessageHandler(sp => HttpPipeline.CreateResilience(Registration(sp).Options, Registration(sp).LoggerFactory))
            .AddHttpMessageHandler(sp => HttpPipeline.CreateBearerToken(Registration(sp).Options, Registration(sp).Tokens, Registration(sp).LoggerFactory))
            .AddHttpMessageHandler(sp => HttpPipeline.CreateRedirects(Registration(sp).Options))
            .AddHttpMessageHandler(sp => HttpPipeline.CreateBuffering(Registration(sp).Options));
        return builder;
    }

    private static FitbitPlusRegistration Registration(IServiceProvider services) => services.GetRequiredService<FitbitPlusRegistration>();
}
