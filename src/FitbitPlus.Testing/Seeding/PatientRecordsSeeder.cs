using System.Globalization;
using FitbitPlus.Mock.Handlers;
using FitbitPlus.Mock.Store;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Seeding;

/// <summary>Seeds a patient's plan (actions, bundle, results), metrics and calendar events; profile, emails and rewards via <see cref="PatientExtrasSeeder"/>.</summary>
internal sealed class PatientRecordsSeeder
{
    private readonly ResourceStore _store;
    private readonly Random _random;
    private readonly PatientExtrasSeeder _extras;

    /// <summary>Creates the seeder.</summary>
    public PatientRecordsSeeder(ResourceStore store, Random random, string[] definitions, StoredResource[] programs)
    {
        _store = store;
        _random = random;
        _extras = new PatientExtrasSeeder(store, random, definitions, programs);
    }

    /// <summary>Seeds everything that belongs to <paramref name="patient"/>.</summary>
    public void Seed(StoredResource patient, int index, string? coachId, string groupId, DateTimeOffset created)
    {
        SeedPlan(patient.Id, index, created);
        SeedMetrics(patient.Id, index, created);
        SeedCalendarEvents(patient.Id, coachId, created);
        _extras.Seed(patient.Id, index, coachId, groupId, created);
    }

    private void SeedPlan(string patientId, int index, DateTimeOffset created)
    {
        var plan = _store.Insert("patient_plan_summary", Seeder.Resource(new JObject
        {
            ["time_zone"] = "America/New_York",
            ["effective_from"] = SeedClock.Text(created),
            ["adherence"] = new JObject(),
            ["critical"] = new JObject(),
            ["window_notification_times"] = new JObject { ["morning"] = 8, ["afternoon"] = 13, ["evening"] = 18, ["night"] = 21 },
        }), created);
        var planLink = new JObject { ["plan"] = Relationships.ToOne("patient_plan_summary", plan.Id) };

        var actions = Enumerable.Range(0, 2).Select(k => _store.Insert("action", Seeder.Resource(new JObject
        {
            ["type"] = "other_lifestyle",
            ["title"] = SeedNames.ActionTitles[(index + k) % SeedNames.ActionTitles.Length],
            ["effective_from"] = SeedClock.Text(created),
            ["tracking"] = true,
            ["_thread"] = $"thread-{plan.Id}-{k}",
            ["adherence"] = new JObject { ["due"] = 7, ["complete"] = _random.Next(8) },
            ["frequency_goal"] = new JObject { ["weeks"] = new JObject { ["days"] = new JArray(1, 3, 5) } },
            ["metric_required"] = false,
        }, (JObject)planLink.DeepClone()), created)).ToArray();

        var bundle = _store.Insert("bundle", Seeder.Resource(
            new JObject { ["type"] = "other", ["title"] = "Daily routine", ["effective_from"] = SeedClock.Text(created) },
            new JObject
            {
                ["plan"] = Relationships.ToOne("patient_plan_summary", plan.Id),
                ["actions"] = Relationships.ToMany("action", actions.Select(a => a.Id)),
            }), created);

        var results = Enumerable.Range(0, 3).Select(k =>
        {
            var metric = SeedNames.MetricTypes[(index + k) % SeedNames.MetricTypes.Length];
            return _store.Insert("result", Seeder.Resource(
                new JObject
                {
                    ["type"] = "metric",
                    ["metric_type"] = metric,
                    ["occurred_at"] = SeedClock.Text(created.AddDays(k)),
                    ["occurred_at_time_zone"] = "America/New_York",
                    ["skipped"] = false,
                    ["data"] = new JObject { ["value"] = 60 + _random.Next(120) },
                    ["_thread"] = actions[k % actions.Length].Attributes.Value<string>("_thread"),
                    ["channel"] = "app",
                },
                new JObject
                {
                    ["patient"] = Relationships.ToOne("patient", patientId),
                    ["action"] = Relationships.ToOne("action", actions[k % actions.Length].Id),
                }), created.AddDays(k));
        }).ToArray();

        _store.Replace("patient_plan_summary", plan.Id, current =>
        {
            var copy = current.Copy();
            copy["attributes"]!["window_order"] = new JArray(new JObject { ["type"] = "morning", ["_actions"] = new JArray(actions.Select(a => a.Id)) });
            copy["relationships"] = new JObject
            {
                ["patient"] = Relationships.ToOne("patient", patientId),
                ["actions"] = Relationships.ToMany("action", actions.Select(a => a.Id)),
                ["bundles"] = Relationships.ToMany("bundle", [bundle.Id]),
                ["current_results"] = Relationships.ToMany("result", [results[^1].Id]),
            };
            return copy;
        }, created);
    }

    private void SeedMetrics(string patientId, int index, DateTimeOffset created)
    {
        for (var k = 0; k < 2; k++)
        {
            _store.Insert("patient_health_metric", Seeder.Resource(
                new JObject
                {
                    ["type"] = "weight",
                    ["code"] = new JObject { ["system"] = "http://loinc.org", ["value"] = "29463-7" },
                    ["value"] = 140 + ((index * 7 + k) % 80),
                    ["unit"] = "lb",
                    ["occurred_at"] = SeedClock.Text(created.AddDays(k)),
                },
                new JObject { ["patient"] = Relationships.ToOne("patient", patientId) }), created);
        }
    }

    private void SeedCalendarEvents(string patientId, string? coachId, DateTimeOffset created)
    {
        var attendees = new JArray(new JObject { ["user"] = patientId, ["response_status"] = "accepted" });
        if (coachId is not null)
        {
            attendees.Add(new JObject { ["user"] = coachId, ["response_status"] = "needsAction" });
        }

        var checkInDay = new DateTimeOffset(created.UtcDateTime.Date, TimeSpan.Zero).AddDays(7);
        _store.Insert("calendar_event", Seeder.Resource(
            new JObject
            {
                ["type"] = "plan-check-in",
                ["title"] = "Plan check-in",
                ["all_day"] = true,
                ["start_at"] = SeedClock.Text(checkInDay),
                ["time_zone"] = "America/New_York",
                ["attendees"] = attendees,
                ["completed_at"] = SeedClock.Text(checkInDay.AddHours(10)),
                ["completed_by"] = new JObject { ["type"] = "patient", ["id"] = patientId },
            },
            new JObject { ["owner"] = Relationships.ToOne("patient", patientId) }), created);

        var call = created.AddDays(14);
        _store.Insert("calendar_event", Seeder.Resource(
            new JObject
            {
                ["type"] = "telephone-call",
                ["title"] = "Coaching call",
                ["all_day"] = false,
                ["start_at"] = SeedClock.Text(call),
                ["end_at"] = SeedClock.Text(call.AddMinutes(30)),
                ["time_zone"] = "America/New_York",
                ["location"] = "Phone",
                ["description"] = "Monthly coaching call " + call.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                ["attendees"] = attendees.DeepClone(),
            },
            new JObject { ["owner"] = coachId is null ? Relationships.ToOne("patient", patientId) : Relationships.ToOne("coach", coachId) }), created);
    }
}
