using FitbitPlus.Mock.Handlers;
using FitbitPlus.Mock.Store;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Seeding;

/// <summary>Seeds a patient's health profile (questions, answers), email history and rewards chain.</summary>
internal sealed class PatientExtrasSeeder
{
    private readonly ResourceStore _store;
    private readonly Random _random;
    private readonly string[] _definitions;
    private readonly StoredResource[] _programs;

    /// <summary>Creates the seeder.</summary>
    public PatientExtrasSeeder(ResourceStore store, Random random, string[] definitions, StoredResource[] programs)
    {
        _store = store;
        _random = random;
        _definitions = definitions;
        _programs = programs;
    }

    /// <summary>Seeds the extras of one patient.</summary>
    public void Seed(string patientId, int index, string? coachId, string groupId, DateTimeOffset created)
    {
        SeedProfile(patientId, created);
        SeedEmail(patientId, coachId, created);
        if (index % 2 == 0)
        {
            SeedRewards(patientId, index, groupId, created);
        }
    }

    private void SeedProfile(string patientId, DateTimeOffset created)
    {
        var patientLink = Relationships.ToOne("patient", patientId);
        var profile = _store.Insert("health_profile", Seeder.Resource(new JObject(), new JObject { ["patient"] = patientLink.DeepClone() }), created);
        var questions = new List<string>();
        for (var k = 0; k < Math.Min(3, _definitions.Length); k++)
        {
            var relationships = new JObject
            {
                ["profile"] = Relationships.ToOne("health_profile", profile.Id),
                ["question_definition"] = Relationships.ToOne("health_question_definition", _definitions[k]),
            };
            if (k < 2)
            {
                var answered = new JObject { ["answered_at"] = SeedClock.Text(created.AddHours(2)), ["value"] = _random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture), ["_created_by"] = patientId };
                var answer = _store.Insert("health_profile_answer", Seeder.Resource(
                    new JObject { ["question_id"] = _definitions[k], ["latest"] = answered, ["history"] = new JArray(answered.DeepClone()) },
                    new JObject { ["patient"] = patientLink.DeepClone() }), created);
                relationships["answer"] = Relationships.ToOne("health_profile_answer", answer.Id);
            }

            questions.Add(_store.Insert("health_profile_question", Seeder.Resource(new JObject { ["status"] = k < 2 ? "answered" : "open" }, relationships), created).Id);
        }

        _store.Replace("health_profile", profile.Id, current =>
        {
            var copy = current.Copy();
            copy["attributes"] = new JObject
            {
                ["stats"] = new JArray(new JObject { ["category"] = "overall", ["answered"] = Math.Min(2, questions.Count), ["total"] = questions.Count }),
            };
            copy["relationships"] = new JObject
            {
                ["patient"] = patientLink.DeepClone(),
                ["questions"] = Relationships.ToMany("health_profile_question", questions),
            };
            return copy;
        }, created);
    }

    private void SeedEmail(string patientId, string? coachId, DateTimeOffset created)
    {
        var relationships = new JObject { ["receiver"] = Relationships.ToOne("patient", patientId) };
        if (coachId is not null)
        {
            relationships["sender"] = Relationships.ToOne("coach", coachId);
        }

        _store.Insert("email_history", Seeder.Resource(
            new JObject
            {
                ["twine_email_id"] = "mail-" + patientId,
                ["email_address"] = $"{patientId}@example.test",
                ["email_type"] = "invitation",
                ["send_time"] = SeedClock.Text(created),
                ["status_times"] = new JObject { ["processed"] = SeedClock.Text(created), ["delivered"] = SeedClock.Text(created.AddMinutes(1)) },
            },
            relationships), created);
    }

    private void SeedRewards(string patientId, int index, string groupId, DateTimeOffset created)
    {
        var program = _programs.FirstOrDefault(p => p.Related("group").Any(g => g.Id == groupId));
        if (program is null)
        {
            return;
        }

        var fulfillAsEarned = program.Attributes.Value<bool>("fulfill_as_earned");
        var patientLink = Relationships.ToOne("patient", patientId);
        var activation = _store.Insert("reward_program_activation", Seeder.Resource(
            new JObject
            {
                ["active"] = true,
                ["activated_at"] = SeedClock.Text(created),
                ["expires_at"] = SeedClock.Text(created.AddDays(365)),
                ["fulfill_as_earned"] = fulfillAsEarned,
                ["allocated_count"] = 1,
                ["total_allocated_value"] = 10,
                ["earned_count"] = index % 4 == 0 ? 1 : 0,
                ["total_earned_value"] = index % 4 == 0 ? 10 : 0,
                ["budget_unit"] = "dollar",
            },
            new JObject { ["patient"] = patientLink.DeepClone(), ["reward_program"] = Relationships.ToOne("reward_program", program.Id) }), created);
        var activationLink = Relationships.ToOne("reward_program_activation", activation.Id);

        var reward = _store.Insert("reward", Seeder.Resource(
            new JObject
            {
                ["_thread"] = $"reward-thread-{patientId}",
                ["description"] = "Complete 10 walks",
                ["allocated_value"] = 10,
                ["allocated_unit"] = "dollar",
                ["allocated_at"] = SeedClock.Text(created.AddDays(1)),
                ["target_at"] = SeedClock.Text(created.AddDays(30)),
            },
            new JObject { ["patient"] = patientLink.DeepClone(), ["reward_program_activation"] = activationLink.DeepClone() }), created);

        if (index % 4 != 0)
        {
            return;
        }

        var fulfilled = index % 8 == 0;
        var earnedAt = created.AddDays(10);
        var earningAttributes = new JObject
        {
            ["earned_value"] = 10,
            ["earned_unit"] = "dollar",
            ["earned_at"] = SeedClock.Text(earnedAt),
            ["ready_for_fulfillment"] = fulfillAsEarned,
        };
        if (fulfilled)
        {
            earningAttributes["fulfilled_value"] = 10;
            earningAttributes["fulfilled_at"] = SeedClock.Text(earnedAt.AddDays(1));
        }

        var earning = _store.Insert("reward_earning", Seeder.Resource(earningAttributes, new JObject
        {
            ["group"] = Relationships.ToOne("group", groupId),
            ["patient"] = patientLink.DeepClone(),
            ["reward_program_activation"] = activationLink.DeepClone(),
            ["reward"] = Relationships.ToOne("reward", reward.Id),
        }), created);

        if (fulfilled)
        {
            _store.Insert("reward_earning_fulfillment", Seeder.Resource(
                new JObject { ["fulfilled_value"] = 10, ["fulfilled_unit"] = "dollar", ["fulfilled_at"] = SeedClock.Text(earnedAt.AddDays(1)) },
                new JObject { ["patient"] = patientLink.DeepClone(), ["reward_earning"] = Relationships.ToOne("reward_earning", earning.Id) }), created);
        }
    }
}
