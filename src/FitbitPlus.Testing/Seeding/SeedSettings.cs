namespace FitbitPlus.Mock.Seeding;

/// <summary>How much seed data to create.</summary>
internal sealed record SeedSettings(int PatientCount, int GroupCount, int CoachCount, int RandomSeed, bool PatientRecords = true);
