using FitbitPlus.Models;

namespace FitbitPlus.Paging;

/// <summary>
/// What <see cref="PageShapeReader"/> read of a page's <c>meta</c>: its two declared members and whether there are
/// others. A <c>meta</c> with only those two becomes a <see cref="FetchMeta"/> without the serializer, whose first use
/// costs a short export more than its whole paging (about 30 ms of contract building and emitted code at start-up).
/// </summary>
internal sealed class MetaMembers
{
    /// <summary><c>meta.count</c>, or <see langword="null"/> when absent or null.</summary>
    public int? Count { get; set; }

    /// <summary><c>meta.req_id</c>, or <see langword="null"/> when absent or null.</summary>
    public string? RequestId { get; set; }

    /// <summary>True when <c>meta</c> has a member besides <c>count</c> and <c>req_id</c> (then it is deserialized whole).</summary>
    public bool HasOthers { get; set; }

    /// <summary>The <see cref="FetchMeta"/> of a <c>meta</c> without other members; <see langword="null"/> when it has others.</summary>
    public FetchMeta? ToFetchMeta() => HasOthers ? null : new FetchMeta { Count = Count, ReqId = RequestId };
}
