using FitbitPlus.Mock.Handlers;
using FitbitPlus.Mock.Store;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Seeding;

/// <summary>Fills a store with deterministic data: one organization, its groups, coaches, question definitions, reward programs and patients.</summary>
internal static class Seeder
{
    /// <summary>Populates <paramref name="store"/>; the same settings always give the same resources and ids.</summary>
    public static SeedResult Populate(ResourceStore store, SeedSettings settings)
    {
        var random = new Random(settings.RandomSeed);
        var origin = SeedClock.Origin;
        var organization = store.Insert("organization", Resource(new JObject { ["name"] = "Fitbit Plus Demo Clinic" }), origin);

        var groups = Enumerable.Range(1, settings.GroupCount)
            .Select(i => store.Insert("group", Resource(new JObject { ["name"] = $"Cohort {i}", ["bio"] = $"Patients of cohort {i}." }), origin).Id)
            .ToArray();

        var coaches = Enumerable.Range(0, settings.CoachCount)
            .Select(i => store.Insert("coach", Resource(new JObject
            {
                ["first_name"] = SeedNames.FirstNames[(i + 7) % SeedNames.FirstNames.Length],
                ["last_name"] = SeedNames.LastNames[(i + 3) % SeedNames.LastNames.Length],
            }), origin).Id)
            .ToArray();

        var definitions = SeedNames.QuestionTexts.Select((text, i) => store.Insert("health_question_definition", Resource(new JObject
        {
            ["category"] = SeedNames.QuestionCategories[i],
            ["text"] = text,
            ["format"] = new JObject
            {
                ["type"] = "single-select",
                ["data"] = new JArray(new[] { "Never", "Sometimes", "Often" }.Select((label, v) => new JObject { ["label"] = label, ["value"] = v.ToString(System.Globalization.CultureInfo.InvariantCulture) })),
            },
            ["requirements"] = new JArray(),
        }), origin).Id).ToArray();

        var programs = groups.Select((group, i) => store.Insert("reward_program", Resource(
            new JObject
            {
                ["name"] = $"Wellness rewards {i + 1}",
                ["tagline"] = "Healthy habits pay off",
                ["description"] = "Earn rewards for completing your plan.",
                ["start_at"] = SeedClock.Text(origin),
                ["end_at"] = SeedClock.Text(origin.AddYears(3)),
                ["budget_value"] = 100,
                ["budget_unit"] = "dollar",
                ["duration_active"] = 365,
                ["fulfill_as_earned"] = i % 2 == 0,
                ["frozen"] = false,
            },
            new JObject { ["group"] = Relationships.ToOne("group", group) }), origin)).ToArray();

        var patientSeeder = new PatientSeeder(store, random, groups, coaches, settings.PatientRecords ? new PatientRecordsSeeder(store, random, definitions, programs) : null, settings.PatientCount);
        var patients = Enumerable.Range(0, settings.PatientCount).Select(patientSeeder.Seed).ToArray();
        return new SeedResult(organization.Id, groups, coaches, patients);
    }

    /// <summary>A resource skeleton with attributes and optional relationships.</summary>
    public static JObject Resource(JObject attributes, JObject? relationships = null)
    {
        var resource = new JObject { ["attributes"] = attributes };
        if (relationships is not null)
        {
            resource["relationships"] = relationships;
        }

        return resource;
    }
}
