using FitbitPlus.Models;

namespace FitbitPlus.Paging;

/// <summary>
/// A collection page whose resources are kept as the server's bytes (<see cref="RawResource"/>); <c>meta</c> and
/// <c>included</c> are read as usual. Read without a JSON tree per resource, for fast exports.
/// </summary>
public sealed class RawCollectionDocument : ICollectionDocument<RawResource>
{
    internal RawCollectionDocument(IReadOnlyList<RawResource> data, FetchMeta? meta, ICollection<Resource>? included)
    {
        Resources = data;
        Meta = meta;
        Included = included;
    }

    /// <summary>The page's resources, in the order sent.</summary>
    public IReadOnlyList<RawResource> Resources { get; }

    /// <summary>The page's <c>meta</c>.</summary>
    public FetchMeta? Meta { get; }

    /// <summary>The page's <c>included</c> resources (their parts as JSON objects), or <see langword="null"/> when absent.</summary>
    public ICollection<Resource>? Included { get; }

    /// <inheritdoc />
    ICollection<RawResource>? ICollectionDocument<RawResource>.Data => (ICollection<RawResource>)Resources;
}
