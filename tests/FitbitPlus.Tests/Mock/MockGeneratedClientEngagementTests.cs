using FitbitPlus.Models;

namespace FitbitPlus.Tests.Mock;

/// <summary>Calendar, health profile, metrics, email and rewards through the generated client: every answer must deserialize.</summary>
public class MockGeneratedClientEngagementTests : GeneratedClientFixture
{
    [Test]
    public async Task CalendarEvent_CreateFetchListUpdateRespondDelete_RoundTrips()
    {
        var patient = Server.Store.PatientIds[2];
        var coach = Server.Store.CoachIds[2];
        var created = await Api.CreateCalendarEventAsync(new CreateCalendarEventRequest
        {
            Data = new CreateCalendarEventRequestData
            {
                Type = "calendar_event",
                Attributes = new CreateCalendarEventRequestDataAttributes
                {
                    Type = "video-call",
                    Title = "Follow-up",
                    StartAt = At(20, 14),
                    EndAt = At(20, 15),
                    Attendees = [new CreateCalendarEventRequestDataAttributesAttendee { User = patient }, new CreateCalendarEventRequestDataAttributesAttendee { User = coach }],
                },
                Relationships = new CreateCalendarEventRequestDataRelationships { Owner = One("coach", coach) },
            },
        });
        var id = created.Data!.Id!;
        var listed = await Api.FetchCalendarEventsAsync(filterAttendees: patient, filterStartAt: "2025-05-20T00:00:00Z..2025-05-21T00:00:00Z", include: "owner");
        var updated = await Api.UpdateCalendarEventAsync(id, new UpdateCalendarEventRequest
        {
            Data = new UpdateCalendarEventRequestData { Type = "calendar_event", Id = id, Attributes = new UpdateCalendarEventRequestDataAttributes { CompletedAt = At(20, 15) } },
        });
        var response = await Api.CreateCalendarEventResponseAsync(new CreateCalendarEventResponseRequest
        {
            Data = new CreateCalendarEventResponseRequestData
            {
                Type = "calendar_event_response",
                Attributes = new CreateCalendarEventResponseRequestDataAttributes { Attendee = new { user = patient }, ResponseStatus = "declined" },
                Relationships = new CreateCalendarEventResponseRequestDataRelationships { User = One("patient", patient), CalendarEvent = One("calendar_event", id) },
            },
        });
        var afterResponse = await Api.FetchCalendarEventAsync(id);
        await Api.DeleteCalendarEventAsync(id);
        var gone = await Assert.ThrowsAsync<FitbitPlusException>(() => Api.FetchCalendarEventAsync(id));

        Assert.That(created.Data.Attributes?.Attendees?.Select(a => a.ResponseStatus), Is.All.EqualTo("needsAction"));
        Assert.That(listed.Data!.Select(e => e.Id), Is.EqualTo(new[] { id }));
        Assert.That(listed.Included?.Single().Id, Is.EqualTo(coach));
        Assert.That(updated.Data?.Attributes?.CompletedAt, Is.EqualTo(At(20, 15)));
        Assert.That(updated.Data?.Attributes?.Title, Is.EqualTo("Follow-up"));
        Assert.That(response.Data.Type, Is.EqualTo("calendar_event_response"));
        Assert.That(afterResponse.Data?.Attributes?.Attendees?.Single(a => a.User == patient).ResponseStatus, Is.EqualTo("declined"));
        Assert.That(gone!.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.NotFound));
    }

    [Test]
    public async Task HealthProfiles_QuestionsAnswersDefinitions_Deserialize()
    {
        var patient = Server.Store.PatientIds[3];
        var profiles = await Api.FetchHealthProfilesAsync(filterPatient: patient, include: "patient,questions");
        var profile = await Api.FetchHealthProfileAsync(profiles.Data.Single().Id!, "questions");
        var questions = await Api.FetchHealthProfileQuestionsAsync(filterPatient: patient, include: "question_definition,answer");
        var question = await Api.FetchHealthProfileQuestionAsync(questions.Data.First().Id, "answer");
        var answers = await Api.FetchHealthProfileAnswersAsync(filterGroups: Server.Store.GroupIds[0], include: "patient");
        var answer = await Api.FetchHealthProfileAnswerAsync(answers.Data.First().Id, "patient");
        var definitions = await Api.FetchHealthQuestionDefinitionsAsync(pageLimit: 2);
        var definition = await Api.FetchHealthQuestionDefinitionAsync(definitions.Data.First().Id);

        Assert.That(profiles.Included?.Select(i => i.Type).Distinct(), Is.EquivalentTo(new[] { "patient", "health_profile_question" }));
        Assert.That(profile.Data.Relationships?.Questions?.Data, Has.Count.EqualTo(3));
        Assert.That(questions.Data, Has.Count.EqualTo(3));
        Assert.That(questions.Included?.Select(i => i.Type).Distinct(), Is.EquivalentTo(new[] { "health_question_definition", "health_profile_answer" }));
        Assert.That(question.Included?.Single().Type, Is.EqualTo("health_profile_answer"));
        Assert.That(answer.Data.Attributes?.Latest?.Value, Is.Not.Null);
        Assert.That(definitions.Links?.Next, Does.Contain("page[after]="));
        Assert.That(definition.Data.Attributes?.Text, Is.Not.Empty);
    }

    [Test]
    public async Task PatientHealthMetric_CreateListFetch_RoundTrips()
    {
        var patient = Server.Store.PatientIds[5];
        var created = await Api.CreatePatientHealthMetricAsync(new CreatePatientHealthMetricRequest
        {
            Data = new PatientHealthMetricCreateResource
            {
                Type = "patient_health_metric",
                Attributes = new PatientHealthMetricCreateAttributes { Type = "blood_pressure", Systolic = 120, Diastolic = 80, Unit = "mmHg", OccurredAt = At(3) },
                Relationships = new PatientHealthMetricCreateRelationships { Patient = One("patient", patient) },
            },
        });
        var listed = await Api.FetchPatientHealthMetricsAsync(filterPatient: patient);
        var fetched = await Api.FetchPatientHealthMetricAsync(created.Data.Id);

        Assert.That(listed.Data.Select(m => m.Id), Does.Contain(created.Data.Id));
        Assert.That(fetched.Data.Attributes?.Systolic, Is.EqualTo(120));
    }

    [Test]
    public async Task EmailHistories_SortedBySendTimeDescending_Deserialize()
    {
        var coach = Server.Store.CoachIds[0];
        var emails = await Api.FetchEmailHistoriesAsync(filterSender: coach, sort: "-send_time");
        var email = await Api.FetchEmailHistoryAsync(emails.Data.First().Id!);

        var times = emails.Data.Select(e => e.Attributes!.SendTime!.Value).ToList();
        Assert.That(times, Has.Count.GreaterThan(1));
        Assert.That(times, Is.Ordered.Descending);
        Assert.That(email.Data.Relationships?.Sender?.Data?.Id, Is.EqualTo(coach));
    }

    [Test]
    public async Task Rewards_ProgramActivationRewardEarningFulfillment_RoundTrip()
    {
        var group = Server.Store.GroupIds[1];
        var patient = Server.Store.PatientIds[1];
        var program = await Api.CreateRewardProgramAsync(new CreateRewardProgramRequest
        {
            Data = new RewardProgramResource
            {
                Type = "reward_program",
                Attributes = new RewardProgramAttributes { Name = "Steps", StartAt = At(1), EndAt = At(30), BudgetValue = 50, BudgetUnit = "point", DurationActive = 10, FulfillAsEarned = true },
                Relationships = new RewardProgramRelationships { Group = One("group", group) },
            },
        });
        var activation = await Api.CreateRewardProgramActivationAsync(new CreateRewardProgramActivationRequest
        {
            Data = new RewardProgramActivationResource
            {
                Type = "reward_program_activation",
                Attributes = new RewardProgramActivationAttributes { ActivatedAt = At(2) },
                Relationships = new RewardProgramActivationRelationships { Patient = One("patient", patient), RewardProgram = One("reward_program", program.Data.Id!) },
            },
        });
        var reward = await Api.CreateRewardAsync(new CreateRewardRequest
        {
            Data = new RewardResource
            {
                Type = "reward",
                Attributes = new RewardAttributes { Description = "10k steps", AllocatedValue = 5, AllocatedAt = At(3) },
                Relationships = new RewardRelationships { RewardProgramActivation = One("reward_program_activation", activation.Data.Id!) },
            },
        });
        var earning = await Api.CreateRewardEarningAsync(new CreateRewardEarningRequest
        {
            Data = new RewardEarningResource
            {
                Type = "reward_earning",
                Attributes = new RewardEarningAttributes { EarnedValue = 5, EarnedAt = At(4) },
                Relationships = new RewardEarningRelationships { Reward = One("reward", reward.Data.Id!) },
            },
        });
        var ready = await Api.FetchRewardEarningsAsync(group, patient, filterReadyForFulfillment: true);
        var fulfillment = await Api.CreateRewardEarningFulfillmentAsync(new CreateRewardEarningFulfillmentRequest
        {
            Data = new RewardEarningFulfillmentResource
            {
                Type = "reward_earning_fulfillment",
                Attributes = new RewardEarningFulfillmentAttributes { FulfilledValue = 5, FulfilledAt = At(5) },
                Relationships = new RewardEarningFulfillmentRelationships { RewardEarning = One("reward_earning", earning.Data.Id!) },
            },
        });

        var programs = await Api.FetchRewardProgramsAsync(filterGroups: group);
        var programGroup = await Api.FetchRewardProgramGroupAsync(program.Data.Id!);
        var activations = await Api.FetchRewardProgramActivationsAsync(filterPatient: patient);
        var rewards = await Api.FetchRewardsAsync(filterPatient: patient, filterRewardProgramActivation: activation.Data.Id);
        var fulfillments = await Api.FetchRewardEarningFulfillmentsAsync(patient);
        var earningAfter = await Api.FetchRewardEarningAsync(earning.Data.Id!);

        Assert.That((await Api.FetchRewardProgramAsync(program.Data.Id!)).Data.Attributes?.Name, Is.EqualTo("Steps"));
        Assert.That(activation.Data.Attributes?.ExpiresAt, Is.EqualTo(At(12)));
        Assert.That((await Api.FetchRewardProgramActivationAsync(activation.Data.Id!)).Data.Attributes?.Active, Is.True);
        Assert.That(reward.Data.Relationships?.Patient?.Data?.Id, Is.EqualTo(patient), "derived from the activation");
        Assert.That((await Api.FetchRewardAsync(reward.Data.Id!)).Data.Attributes?.AllocatedUnit, Is.EqualTo("point"));
        Assert.That(earning.Data.Attributes?.ReadyForFulfillment, Is.True);
        Assert.That(earning.Data.Relationships?.Group?.Data?.Id, Is.EqualTo(group));
        Assert.That(ready.Data.Select(e => e.Id), Does.Contain(earning.Data.Id));
        Assert.That((await Api.FetchRewardEarningFulfillmentAsync(fulfillment.Data.Id!)).Data.Attributes?.FulfilledValue, Is.EqualTo(5));
        Assert.That(programs.Data.Select(p => p.Id), Does.Contain(program.Data.Id));
        Assert.That(programGroup.Data.Single().Id, Is.EqualTo(group));
        Assert.That(activations.Data.Select(a => a.Id), Does.Contain(activation.Data.Id));
        Assert.That(rewards.Data.Select(r => r.Id), Is.EqualTo(new[] { reward.Data.Id }));
        Assert.That(fulfillments.Data.Select(f => f.Id), Does.Contain(fulfillment.Data.Id));
        Assert.That(earningAfter.Data.Attributes?.FulfilledAt, Is.EqualTo(At(5)));
    }
}
