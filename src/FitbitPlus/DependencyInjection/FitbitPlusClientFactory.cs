using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using FitbitPlus.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitbitPlus.DependencyInjection;

/// <summary>
/// Container singleton: one <see cref="FitbitPlusRegistration"/> (validated options + token cache) and one client per
/// registered name, created on first use. Disposing the container disposes the token caches.
/// </summary>
internal sealed class FitbitPlusClientFactory : IFitbitPlusClientFactory, IDisposable
{
    private readonly IOptionsMonitor<FitbitPlusClientOptions> _options;
    private readonly IServiceProvider _services;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly FitbitPlusClientNames _names;
    private readonly FitbitPlusMetrics _metrics;
    private readonly ConcurrentDictionary<string, Lazy<(FitbitPlusRegistration Registration, FitbitPlusClient Client)>> _clients = new(StringComparer.Ordinal);
    private int _disposed;

    public FitbitPlusClientFactory(IOptionsMonitor<FitbitPlusClientOptions> options, IServiceProvider services, ILoggerFactory? loggerFactory, FitbitPlusClientNames names, IMeterFactory? meterFactory = null)
    {
        _metrics = FitbitPlusMetrics.Create(meterFactory);
        _options = options;
        _services = services;
        _loggerFactory = loggerFactory;
        _names = names;
    }

    public FitbitPlusClient CreateClient(string name) => Get(name).Client;

    /// <summary>The options and token cache of <paramref name="name"/>, shared by its HTTP handlers and its client.</summary>
    public FitbitPlusRegistration Registration(string name) => Get(name).Registration;

    public void Dispose()
    {
        // The container disposes this instance twice: once as itself and once as IFitbitPlusClientFactory.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        foreach (var entry in _clients.Values.Where(e => e.IsValueCreated))
        {
            entry.Value.Registration.Dispose();
        }
    }

    private (FitbitPlusRegistration Registration, FitbitPlusClient Client) Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_names.Contains(name))
        {
            var known = string.Join(", ", _names.All.Select(n => $"'{n}'"));
            throw new InvalidOperationException($"No FitbitPlus client is registered under the name '{name}' (registered: {known}). Call services.AddFitbitPlus(\"{name}\", ...).");
        }

        return _clients.GetOrAdd(name, n => new Lazy<(FitbitPlusRegistration, FitbitPlusClient)>(() =>
        {
            var registration = new FitbitPlusRegistration(_options.Get(n), _services, n, _loggerFactory, _metrics);
            return (registration, new FitbitPlusClient(registration.Options, registration.CreateHttpClient, registration.Tokens, registration.Metrics));
        })).Value;
    }
}
