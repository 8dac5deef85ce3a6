using FitbitPlus.Mock.JsonApi;

namespace FitbitPlus.Mock.Seeding;

/// <summary>Fixed instants for seed data, so the same options always produce the same store.</summary>
internal static class SeedClock
{
    /// <summary>The instant the first seed resource was created.</summary>
    public static readonly DateTimeOffset Origin = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Patients seeded one hour apart at most; more are packed closer, so every seed instant lies in the past (before 2026-04-14).</summary>
    public const int HourlyPatients = 20_000;

    /// <summary>
    /// Creation time of everything belonging to patient number <paramref name="index"/> of <paramref name="count"/>: one
    /// hour apart up to <see cref="HourlyPatients"/> patients, else the same span shared evenly. A large store whose
    /// later patients were "updated" in the future would put them all after any export's start.
    /// </summary>
    public static DateTimeOffset ForPatient(int index, int count) =>
        Origin.AddTicks((index + 1L) * (TimeSpan.TicksPerHour * HourlyPatients / Math.Max(count, HourlyPatients)));

    /// <summary>Formats an instant the way the mock writes dates.</summary>
    public static string Text(DateTimeOffset instant) => JsonValues.Format(instant);
}
