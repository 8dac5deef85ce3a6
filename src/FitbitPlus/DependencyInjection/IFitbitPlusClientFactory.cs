namespace FitbitPlus.DependencyInjection;

/// <summary>
/// Resolves the <see cref="FitbitPlusClient"/> registered under a name with
/// <c>services.AddFitbitPlus(name, configure)</c>, for example one per organization's credentials.
/// </summary>
public interface IFitbitPlusClientFactory
{
    /// <summary>
    /// Returns the client registered under <paramref name="name"/> (the same instance on every call; the container owns it).
    /// <see cref="Microsoft.Extensions.Options.Options.DefaultName"/> (empty) is the client registered without a name.
    /// </summary>
    /// <exception cref="InvalidOperationException">No client is registered under <paramref name="name"/>.</exception>
    FitbitPlusClient CreateClient(string name);
}
