using FitbitPlus.Paging;

namespace FitbitPlus.Tests.Paging;

public class DuplicateDetectorTests
{
    [Test]
    public void Observe_RepeatWithinTheWindow_IsConfirmed()
    {
        var detector = new DuplicateDetector();
        for (var i = 0; i < 100; i++)
        {
            detector.Observe("patient", $"p{i}");
        }

        Assert.That(detector.Observe("patient", "p50"), Is.EqualTo(DuplicateVerdict.Confirmed));
        Assert.That(detector.Observe("coach", "p50"), Is.EqualTo(DuplicateVerdict.New), "the type is part of the identity");
    }

    [Test]
    public void Observe_RepeatOlderThanTheWindow_IsOnlyPossible()
    {
        var detector = new DuplicateDetector();
        for (var i = 0; i < DuplicateDetector.WindowSize + 10; i++)
        {
            detector.Observe("patient", $"p{i}");
        }

        Assert.That(detector.Observe("patient", "p0"), Is.EqualTo(DuplicateVerdict.Possible));
    }

    [TestCase(null)]
    [TestCase(200_000L)]
    [TestCase(int.MaxValue + 1L)]
    public void Observe_ManyDistinctResources_NeverConfirmsADuplicateAndRarelyReportsPossible(long? expectedCount)
    {
        var detector = new DuplicateDetector { ExpectedCount = expectedCount };
        var possible = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var verdict = detector.Observe("patient", $"00000000-0000-4000-8000-{i:D12}");
            Assert.That(verdict, Is.Not.EqualTo(DuplicateVerdict.Confirmed));
            possible += verdict == DuplicateVerdict.Possible ? 1 : 0;
        }

        // Expected ≈ 200 000 × 7·10⁻⁵ × segments ≈ 20–40; 200 would mean the filter is broken.
        Assert.That(possible, Is.LessThan(200));
    }
}
