using FitbitPlus.Mock.Seeding;

namespace FitbitPlus.Tests.Mock;

/// <summary>Seed instants: hourly for the usual stores, packed for large ones so none lies in the future.</summary>
public class SeedClockTests
{
    [Test]
    public void ForPatient_UsualStore_OneHourApartAsBefore()
    {
        Assert.That(SeedClock.ForPatient(0, 500), Is.EqualTo(SeedClock.Origin.AddHours(1)));
        Assert.That(SeedClock.ForPatient(499, 500), Is.EqualTo(SeedClock.Origin.AddHours(500)));
        Assert.That(SeedClock.ForPatient(19_999, 20_000), Is.EqualTo(SeedClock.Origin.AddHours(20_000)));
    }

    [Test]
    public void ForPatient_200000Patients_IncreasingAndAllBeforeTheHourlySpanEnds()
    {
        var instants = Enumerable.Range(0, 200_000).Select(i => SeedClock.ForPatient(i, 200_000)).ToList();

        Assert.That(instants, Is.Ordered.Ascending);
        Assert.That(instants.Distinct().Count(), Is.EqualTo(200_000));
        Assert.That(instants[^1], Is.EqualTo(SeedClock.Origin.AddHours(SeedClock.HourlyPatients)));
        Assert.That(instants[^1], Is.LessThan(new DateTimeOffset(2026, 4, 14, 0, 0, 0, TimeSpan.Zero)), "a partitioned export of a large mock splits the past, not the future");
    }
}
