using System.Globalization;
using FitbitPlus.Mock.Handlers;
using FitbitPlus.Mock.Store;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Seeding;

/// <summary>Seeds one patient and everything that belongs to them (plan, results, events, profile, emails, rewards).</summary>
internal sealed class PatientSeeder
{
    private readonly ResourceStore _store;
    private readonly Random _random;
    private readonly string[] _groups;
    private readonly string[] _coaches;
    private readonly PatientRecordsSeeder? _records;
    private readonly int _count;

    /// <summary>Creates the seeder of <paramref name="count"/> patients; without <paramref name="records"/> only the patients themselves are seeded.</summary>
    public PatientSeeder(ResourceStore store, Random random, string[] groups, string[] coaches, PatientRecordsSeeder? records, int count)
    {
        _count = count;
        _store = store;
        _random = random;
        _groups = groups;
        _coaches = coaches;
        _records = records;
    }

    /// <summary>Seeds patient number <paramref name="index"/> (0-based) and returns its id.</summary>
    public string Seed(int index)
    {
        var created = SeedClock.ForPatient(index, _count);
        var first = SeedNames.FirstNames[index % SeedNames.FirstNames.Length];
        var last = SeedNames.LastNames[(index / SeedNames.FirstNames.Length) % SeedNames.LastNames.Length];
        var number = (index + 1).ToString("000000", CultureInfo.InvariantCulture);
        var groupIds = new List<string> { _groups[index % _groups.Length] };
        if (index % 4 == 3 && _groups.Length > 1)
        {
            groupIds.Add(_groups[(index + 1) % _groups.Length]);
        }

        var coachId = _coaches.Length > 0 ? _coaches[index % _coaches.Length] : null;
        var archived = index % 10 == 9;
        var attributes = new JObject
        {
            ["first_name"] = first,
            ["last_name"] = last,
            ["email_address"] = $"{first}.{last}.{number}@example.test".ToLowerInvariant(),
            ["phone_numbers"] = new JArray(new JObject { ["type"] = "mobile", ["value"] = $"+1617555{number[2..]}", ["primary"] = true }),
            ["addresses"] = new JArray(new JObject
            {
                ["lines"] = new JArray($"{10 + (index % 90)} Main Street"),
                ["city"] = SeedNames.Cities[index % SeedNames.Cities.Length],
                ["state"] = "MA",
                ["postal_code"] = $"02{(100 + (index % 800)).ToString(CultureInfo.InvariantCulture)}",
                ["country"] = "US",
                ["use"] = "home",
                ["type"] = "physical",
            }),
            ["identifiers"] = new JArray(new JObject { ["label"] = "MRN", ["system"] = "MyEHR", ["value"] = "MRN" + number, ["unique"] = true }),
            ["birth_date"] = new DateTime(1950 + _random.Next(50), 1 + _random.Next(12), 1 + _random.Next(28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["gender"] = new[] { "female", "male", "other" }[index % 3],
            ["note"] = "Seeded by the FitbitPlus mock.",
            ["invited_at"] = SeedClock.Text(created),
            ["enrolled_at"] = SeedClock.Text(created.AddMinutes(30)),
            ["updated_at"] = SeedClock.Text(created),
            ["archived"] = archived,
        };
        if (archived)
        {
            attributes["archive_history"] = new JArray(new JObject { ["archived"] = true, ["modified_at"] = SeedClock.Text(created.AddDays(1)), ["reason"] = "moved" });
        }

        var relationships = new JObject
        {
            ["groups"] = Relationships.ToMany("group", groupIds),
            ["coaches"] = Relationships.ToMany("coach", coachId is null ? [] : [coachId]),
        };
        var patient = _store.Insert("patient", Seeder.Resource(attributes, relationships), created);
        _records?.Seed(patient, index, coachId, groupIds[0], created);
        return patient.Id;
    }
}
