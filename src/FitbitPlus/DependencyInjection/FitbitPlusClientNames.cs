namespace FitbitPlus.DependencyInjection;

/// <summary>
/// The client names registered in one service collection, kept as a singleton instance in it, so a second
/// <c>AddFitbitPlus</c> with the same name fails at registration instead of silently merging two configurations.
/// </summary>
internal sealed class FitbitPlusClientNames
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>The registered names, for error messages.</summary>
    public IReadOnlyCollection<string> All => _names;

    /// <summary>Adds <paramref name="name"/>; false when it was already registered.</summary>
    public bool TryAdd(string name) => _names.Add(name);

    /// <summary>True when a client is registered under <paramref name="name"/>.</summary>
    public bool Contains(string name) => _names.Contains(name);
}
