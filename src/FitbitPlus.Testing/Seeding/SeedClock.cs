using FitbitPlus.Mock.JsonApi;

namespace FitbitPlus.Mock.Seeding;

/// <summary>Fixed instants for seed data, so the same options always produce the same store.</summary>
internal static class SeedClock
{
    /// <summary>The instant the first seed resource was created.</summary>
    public static readonly DateTimeOffset Origin = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Creation time of everything belonging to patient number <paramref name="index"/> (one hour apart).</summary>
    public static DateTimeOffset ForPatient(int index) => Origin.AddHours(index + 1);

    /// <summary>Formats an instant the way the mock writes dates.</summary>
    public static string Text(DateTimeOffset instant) => JsonValues.Format(instant);
}
