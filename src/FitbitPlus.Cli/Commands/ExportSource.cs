using System.Globalization;
using FitbitPlus.Paging;

namespace FitbitPlus.Cli.Commands;

/// <summary>The pages an export writes: from one cursor, or from a partitioned export (<c>--parallel</c>).</summary>
internal sealed class ExportSource<TDocument, TResource>
    where TDocument : class, ICollectionDocument<TResource>
{
    private readonly CollectionPager<TDocument, TResource>? _pager;
    private readonly PartitionedPager<TDocument, TResource>? _partitioned;

    public ExportSource(CollectionPager<TDocument, TResource> pager) => _pager = pager;

    public ExportSource(PartitionedPager<TDocument, TResource> partitioned) => _partitioned = partitioned;

    /// <summary>The pages, each holding only resources not written before.</summary>
    public IAsyncEnumerable<CollectionPage<TDocument, TResource>> PagesAsync(CancellationToken cancellationToken) =>
        _pager?.AsPagesAsync(cancellationToken) ?? _partitioned!.AsPagesAsync(cancellationToken);

    /// <summary>The completeness report of the whole export, once it ran to the end.</summary>
    public PagingReport? Report => _pager?.LastReport ?? _partitioned?.LastReport;

    /// <summary>Why a partitioned export reads sequentially, or <see langword="null"/>.</summary>
    public string? FallbackReason => _partitioned?.FallbackReason;

    /// <summary>The count to show progress against: the collection's count, or the first page's <c>meta.count</c>.</summary>
    public int? Expected(CollectionPage<TDocument, TResource> page) =>
        _partitioned?.TotalCount ?? (page.Index == 0 ? page.Meta?.Count : null);

    /// <summary>The partitions' state for the progress line (<c>partitions 2/4 done</c>), or <see langword="null"/>.</summary>
    public string? ProgressDetail => _partitioned is { Windows.Count: > 0 } p
        ? p.WindowsCompleted == p.Windows.Count
            ? "partitions done, catching up"
            : string.Create(CultureInfo.InvariantCulture, $"partitions {p.WindowsCompleted}/{p.Windows.Count} done")
        : null;
}
