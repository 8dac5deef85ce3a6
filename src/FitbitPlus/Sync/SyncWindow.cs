using FitbitPlus.Paging;

namespace FitbitPlus.Sync;

/// <summary>
/// The window of one run: <c>[previous watermark − overlap, now − settle)</c>, or from <see cref="SyncOptions.Since"/>
/// (or from the beginning) on a first run. Empty when the start is not before the end (a watermark in the future).
/// </summary>
/// <param name="Start">The first instant read, or <see langword="null"/> for everything before <paramref name="End"/>.</param>
/// <param name="End">The instant the run reads up to (exclusive), <c>now − settle</c> cut to whole seconds; the next watermark.</param>
internal sealed record SyncWindow(DateTimeOffset? Start, DateTimeOffset End)
{
    /// <summary>True when nothing is to be read (the start is not before the end).</summary>
    public bool IsEmpty => Start is { } start && start >= End;

    /// <summary>The range sent as <c>filter[updated_at]</c> (only for a non-empty window).</summary>
    public DateTimeRange ToRange() => IsEmpty ? throw new InvalidOperationException("An empty window is not read.") : new DateTimeRange(Start, End);

    /// <summary>The window of a run at <paramref name="now"/>.</summary>
    public static SyncWindow Compute(SyncState? state, SyncOptions options, DateTimeOffset now)
    {
        // Whole seconds: the watermark, the range text and the CLI's summary stay readable; the cut-off part is read next run.
        var unrounded = now - options.Settle;
        var end = unrounded.AddTicks(-(unrounded.UtcTicks % TimeSpan.TicksPerSecond));
        var start = state is null ? options.Since : state.Watermark - options.Overlap;
        return new SyncWindow(start, end);
    }
}
