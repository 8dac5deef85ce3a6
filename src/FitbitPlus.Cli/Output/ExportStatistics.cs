namespace FitbitPlus.Cli.Output;

/// <summary>What an export noticed along the way that the user should hear about at the end.</summary>
internal sealed class ExportStatistics
{
    private const int MaxSamples = 3;
    private readonly List<string> _unresolvedSamples = [];

    /// <summary>Resources written.</summary>
    public long Written { get; set; }

    /// <summary>Related resources a relationship named but <c>included</c> did not carry.</summary>
    public long Unresolved { get; private set; }

    /// <summary>The first few unresolved resources, as <c>type/id</c>.</summary>
    public IReadOnlyList<string> UnresolvedSamples => _unresolvedSamples;

    /// <summary>Counts a related resource that could not be inlined.</summary>
    public void AddUnresolved(string type, string id)
    {
        Unresolved++;
        if (_unresolvedSamples.Count < MaxSamples)
        {
            _unresolvedSamples.Add($"{type}/{id}");
        }
    }
}
