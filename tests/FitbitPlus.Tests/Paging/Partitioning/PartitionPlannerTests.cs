using FitbitPlus.Paging;

namespace FitbitPlus.Tests.Paging.Partitioning;

/// <summary>
/// The planner's cut points against a fake count: windows within one page of equal size (imbalance costs the longest
/// window extra pages) in few rounds of count requests (each round costs about one page's round trip).
/// </summary>
public class PartitionPlannerTests
{
    private static readonly DateTimeOffset ExportStart = new(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);

    public static IEnumerable<TestCaseData> Collections()
    {
        // Hourly from 2024-01-01, as the mock seeds them.
        yield return new TestCaseData(Instants(20_000, i => new DateTimeOffset(2024, 1, 1, 1, 0, 0, TimeSpan.Zero).AddHours(i)), 4).SetArgDisplayNames("20 000 hourly since 2024");
        yield return new TestCaseData(Instants(200_000, i => new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(6 * (i + 1))), 4).SetArgDisplayNames("200 000 every 6 minutes since 2024");
        // Most records touched in the last week, the rest over twenty years.
        yield return new TestCaseData(Instants(50_000, i => i < 45_000 ? ExportStart.AddSeconds(-1 - (i * 13)) : ExportStart.AddDays(-7 - ((i - 45_000) * 1.4))), 6).SetArgDisplayNames("90% in the last week");
    }

    [TestCaseSource(nameof(Collections))]
    public async Task PlanAsync_FourPartitions_WindowsWithinOnePageOfEqualInFewRounds(List<DateTimeOffset> updatedAt, int maxRounds)
    {
        var counts = new CountingSource(updatedAt);
        using var limiter = new InFlightLimiter(4);
        var planner = new PartitionPlanner(counts.CountAsync, limiter, TimeProvider.System);

        var plan = await planner.PlanAsync(4, 50, ExportStart, CancellationToken.None);

        Assert.That(plan.Fallback, Is.Null);
        Assert.That(plan.Windows, Has.Count.EqualTo(4));
        var actual = plan.Windows.Select(w => updatedAt.Count(w.Contains)).ToList();
        Assert.That(actual.Sum(), Is.EqualTo(updatedAt.Count), "the windows cover every resource once");
        Assert.That(actual.Max() - (updatedAt.Count / 4), Is.LessThanOrEqualTo(50), $"windows {string.Join(", ", actual)}");
        Assert.That(planner.Rounds, Is.LessThanOrEqualTo(maxRounds), "rounds of count requests (the first checks that the ranges add up)");
    }

    private static List<DateTimeOffset> Instants(int count, Func<int, DateTimeOffset> at) =>
        Enumerable.Range(0, count).Select(at).Order().ToList();

    // Answers filter[updated_at] counts (start inclusive, end exclusive) from a sorted list.
    private sealed class CountingSource(List<DateTimeOffset> sorted)
    {
        public Task<int> CountAsync(DateTimeRange? range, CancellationToken cancellationToken) =>
            Task.FromResult(range is null ? sorted.Count : Index(range.End) - Index(range.Start ?? DateTimeOffset.MinValue));

        private int Index(DateTimeOffset? at)
        {
            if (at is not { } instant)
            {
                return sorted.Count;
            }

            var i = sorted.BinarySearch(instant);
            while (i > 0 && sorted[i - 1] == instant)
            {
                i--;
            }

            return i >= 0 ? i : ~i;
        }
    }
}
