namespace FitbitPlus.Mock.Seeding;

/// <summary>The ids of the seeded top-level resources.</summary>
internal sealed record SeedResult(string OrganizationId, IReadOnlyList<string> GroupIds, IReadOnlyList<string> CoachIds, IReadOnlyList<string> PatientIds);
