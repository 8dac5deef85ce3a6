using FitbitPlus.Models;

namespace FitbitPlus.Paging;

/// <summary>What <see cref="PageShapeReader"/> found in a page: its links, where meta and included are, and (raw pages) the data items.</summary>
internal sealed class PageShape
{
    /// <summary>The body's JSON (without a byte-order mark).</summary>
    public ReadOnlyMemory<byte> Json { get; init; }

    /// <summary>The data items as slices of the body; empty unless the items were asked for.</summary>
    public List<RawResource> Items { get; } = new();

    /// <summary>The page's string links.</summary>
    public CollectionLinks Links { get; } = new();

    /// <summary>Where the top-level <c>meta</c> object is in <see cref="Json"/>.</summary>
    public Range? Meta { get; set; }

    /// <summary>The declared members of <c>meta</c> as read, and whether it has any other member.</summary>
    public MetaMembers? MetaMembers { get; set; }

    /// <summary>Where the top-level <c>included</c> array is in <see cref="Json"/>.</summary>
    public Range? Included { get; set; }

    /// <summary>True when the document has a top-level <c>errors</c> member.</summary>
    public bool HasErrors { get; set; }

    /// <summary>True when the document has a top-level <c>data</c> member.</summary>
    public bool HasData { get; set; }

    /// <summary>The first way the page breaks the rule, or <see langword="null"/>.</summary>
    public string? Problem { get; private set; }

    /// <summary>Records a problem unless an earlier one was recorded (the first one is reported).</summary>
    public void Fail(string problem) => Problem ??= problem;
}
