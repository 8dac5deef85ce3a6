namespace FitbitPlus.Paging;

/// <summary>
/// Splits <c>[epoch, export start)</c> into windows of about equal count by count-only requests: first checks that the
/// <c>updated_at</c> ranges add up to the unfiltered count, then searches each cut point by probing several instants of
/// its bracket at once (evenly spaced plus one interpolated by count; the first round steps back from the end, where
/// records mostly are) until a probe lands within half a page of the target.
/// </summary>
internal sealed class PartitionPlanner(Func<DateTimeRange?, CancellationToken, Task<int>> count, InFlightLimiter limiter, TimeProvider time)
{
    private const int AddUpAttempts = 3;
    private const int MaxRounds = 64;

    /// <summary>Rounds of count requests so far (each costs about one round trip before any window is read).</summary>
    public int Rounds { get; private set; }

    /// <summary>Plans at most <paramref name="partitions"/> windows of at least one page each.</summary>
    public async Task<PartitionPlan> PlanAsync(int partitions, int pageLimit, DateTimeOffset exportStart, CancellationToken cancellationToken)
    {
        var start = DateTimeOffset.UnixEpoch;
        int total = 0, before = 0;
        for (var attempt = 1; ; attempt++)
        {
            // Three counts at once; a resource updated between them may be missed by both ranges, so a shortfall is asked again.
            Rounds++;
            var all = CountAsync(null, cancellationToken);
            var older = CountAsync(new DateTimeRange(start, exportStart), cancellationToken);
            var newer = CountAsync(new DateTimeRange(exportStart, null), cancellationToken);
            (total, before) = (await all.ConfigureAwait(false), await older.ConfigureAwait(false));
            var after = await newer.ConfigureAwait(false);
            // Fewer than the total: some resources have no updated_at (they would be lost). More: a resource updated between
            // the counts was counted in both ranges, harmless; twice the total is a server ignoring the filter.
            if (before + after >= total && before + after - total <= total / 10)
            {
                break;
            }

            if (attempt == AddUpAttempts)
            {
                return Fallback(total, $"the filter[updated_at] counts ({before} + {after}) do not add up to the collection's meta.count ({total}): resources without updated_at, or a server that ignores the filter");
            }
        }

        var n = Math.Max(1, Math.Min(partitions, (before + pageLimit - 1) / pageLimit));
        // Counts taken while the data changes need not grow with the range exactly; they only place the cuts. The windows
        // cover [epoch, export start) without gaps whatever the counts, and the catch-up pass reads everything newer.
        var cuts = n == 1 ? [] : await FindCutsAsync(n, start, exportStart, before, pageLimit, cancellationToken).ConfigureAwait(false);

        var bounds = new List<(DateTimeOffset At, int Count)> { (start, 0) };
        bounds.AddRange(cuts);
        bounds.Add((exportStart, before));
        var windows = new List<DateTimeRange>();
        var counts = new List<int>();
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            windows.Add(new DateTimeRange(bounds[i].At, bounds[i + 1].At));
            counts.Add(Math.Max(0, bounds[i + 1].Count - bounds[i].Count));
        }

        return new PartitionPlan(windows, counts, total, null);
    }

    private static PartitionPlan Fallback(int total, string reason) => new([], [], total, reason);

    // The cut points (instant, count before it), strictly increasing.
    private async Task<List<(DateTimeOffset At, int Count)>> FindCutsAsync(int n, DateTimeOffset start, DateTimeOffset end, int before, int pageLimit, CancellationToken cancellationToken)
    {
        var known = new SortedList<long, int> { [start.UtcTicks] = 0, [end.UtcTicks] = before };
        var targets = Enumerable.Range(1, n - 1).Select(k => (int)((long)before * k / n)).ToArray();
        // Each cut within half a page of its target keeps every window within a page of the others: another round of
        // counts costs about one page's round trip, so a closer cut would cost more than it saves.
        var tolerance = Math.Max(1, pageLimit / 2);
        for (var round = 0; round < MaxRounds; round++)
        {
            var brackets = new HashSet<(long Lo, long Hi)>();
            foreach (var target in targets)
            {
                if (known.Values.Any(c => Math.Abs(c - target) <= tolerance))
                {
                    continue;
                }

                var hiIndex = Math.Max(1, Enumerable.Range(0, known.Count).First(i => known.Values[i] >= target));
                var (lo, hi) = (known.Keys[hiIndex - 1], known.Keys[hiIndex]);
                if (hi - lo > TimeSpan.TicksPerSecond)
                {
                    brackets.Add((lo, hi));
                }
            }

            if (brackets.Count == 0)
            {
                break;
            }

            var perBracket = Math.Max(1, limiter.Limit / brackets.Count);
            var probes = brackets.SelectMany(b => b.Lo == start.UtcTicks && b.Hi == end.UtcTicks && round == 0
                ? RecentFirst(b.Lo, b.Hi, perBracket)
                : Probes(b.Lo, b.Hi, known, targets, perBracket)).Distinct().ToList();
            if (probes.Count == 0)
            {
                break;
            }

            Rounds++;
            var answers = await Task.WhenAll(probes.Select(t => CountAsync(new DateTimeRange(start, new DateTimeOffset(t, TimeSpan.Zero)), cancellationToken))).ConfigureAwait(false);
            for (var i = 0; i < probes.Count; i++)
            {
                known[probes[i]] = answers[i];
            }

        }

        var cuts = new List<(DateTimeOffset, int)>();
        var last = start.UtcTicks;
        foreach (var target in targets)
        {
            var best = Enumerable.Range(0, known.Count).Where(i => known.Keys[i] > last && known.Keys[i] < end.UtcTicks)
                .OrderBy(i => Math.Abs(known.Values[i] - target)).ThenBy(i => known.Keys[i]).Cast<int?>().FirstOrDefault();
            if (best is { } index)
            {
                last = known.Keys[index];
                cuts.Add((new DateTimeOffset(last, TimeSpan.Zero), known.Values[index]));
            }
        }

        return cuts;
    }

    // The first probes of the whole span (since 1970): records are mostly updated lately, so the probes step back from
    // the end by a quarter of the span, a sixteenth, …, finding in one round where the data lies (evenly spaced probes
    // of fifty years would each land before it and take several rounds to zoom in).
    private static IEnumerable<long> RecentFirst(long lo, long hi, int count) =>
        Enumerable.Range(1, Math.Max(1, count)).Select(k => hi - ((hi - lo) >> (2 * k)))
            .Select(p => p - (p % TimeSpan.TicksPerSecond)).Where(p => p > lo && p < hi);

    // Instants (whole seconds, strictly inside the bracket) to probe: one interpolated by count for the first target in it, the rest evenly spaced.
    private static IEnumerable<long> Probes(long lo, long hi, SortedList<long, int> known, int[] targets, int count)
    {
        var (countLo, countHi) = (known[lo], known[hi]);
        var target = targets.FirstOrDefault(t => t > countLo && t <= countHi, -1);
        var share = target < 0 ? 0.5 : (double)(target - countLo) / Math.Max(1, countHi - countLo); // counts shifted by writes: halve
        var guess = lo + (long)((hi - lo) * share);
        var points = new List<long> { guess };
        var spaced = Math.Max(1, count - 1); // at least the midpoint, so a skewed distribution cannot stall the interpolation
        for (var i = 1; i <= spaced; i++)
        {
            points.Add(lo + ((hi - lo) / (spaced + 1) * i));
        }

        return points.Select(p => p - (p % TimeSpan.TicksPerSecond)).Where(p => p > lo && p < hi);
    }

    private Task<int> CountAsync(DateTimeRange? range, CancellationToken cancellationToken) =>
        limiter.RunAsync(ct => count(range, ct), time, cancellationToken);
}
