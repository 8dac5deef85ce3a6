using FitbitPlus.Models;
using FitbitPlus.Paging;

namespace FitbitPlus.Tests.Integration;

/// <summary>The rewards chain (program → activation → reward → earning → fulfillment) through <see cref="FitbitPlusClient"/>.</summary>
public class RewardsFacadeTests : FacadeFixture
{
    [Test]
    public async Task Rewards_ProgramActivationRewardEarningFulfillment_EachLinkedToThePrevious()
    {
        var group = Scope.GroupIds[1];
        var patient = Server.Store.PatientIds[1]; // seeded in group 1, odd index: no seeded rewards
        var program = await Client.Api.CreateRewardProgramAsync(new CreateRewardProgramRequest
        {
            Data = new RewardProgramResource
            {
                Type = "reward_program",
                Attributes = new RewardProgramAttributes { Name = "Walk more", StartAt = At(1), EndAt = At(30), BudgetValue = 50, BudgetUnit = "point", DurationActive = 10, FulfillAsEarned = true },
                Relationships = new RewardProgramRelationships { Group = One("group", group) },
            },
        });
        var activation = await Client.Api.CreateRewardProgramActivationAsync(new CreateRewardProgramActivationRequest
        {
            Data = new RewardProgramActivationResource
            {
                Type = "reward_program_activation",
                Attributes = new RewardProgramActivationAttributes { ActivatedAt = At(2) },
                Relationships = new RewardProgramActivationRelationships { Patient = One("patient", patient), RewardProgram = One("reward_program", program.Data.Id!) },
            },
        });
        var reward = await Client.Api.CreateRewardAsync(new CreateRewardRequest
        {
            Data = new RewardResource
            {
                Type = "reward",
                Attributes = new RewardAttributes { Description = "20 walks", AllocatedValue = 7, AllocatedAt = At(3) },
                Relationships = new RewardRelationships { RewardProgramActivation = One("reward_program_activation", activation.Data.Id!) },
            },
        });
        var earning = await Client.Api.CreateRewardEarningAsync(new CreateRewardEarningRequest
        {
            Data = new RewardEarningResource
            {
                Type = "reward_earning",
                Attributes = new RewardEarningAttributes { EarnedValue = 7, EarnedAt = At(4) },
                Relationships = new RewardEarningRelationships { Reward = One("reward", reward.Data.Id!) },
            },
        });
        var readyBefore = await AsyncCollect.ListAsync(Client.RewardEarnings.ListAsync(groups: group, patient: patient, readyForFulfillment: true));
        var fulfillment = await Client.Api.CreateRewardEarningFulfillmentAsync(new CreateRewardEarningFulfillmentRequest
        {
            Data = new RewardEarningFulfillmentResource
            {
                Type = "reward_earning_fulfillment",
                Attributes = new RewardEarningFulfillmentAttributes { FulfilledValue = 7, FulfilledAt = At(5) },
                Relationships = new RewardEarningFulfillmentRelationships { RewardEarning = One("reward_earning", earning.Data.Id!) },
            },
        });
        var readyAfter = await AsyncCollect.ListAsync(Client.RewardEarnings.ListAsync(groups: group, patient: patient, readyForFulfillment: true));

        var activations = await AsyncCollect.ListAsync(Client.RewardProgramActivations.ListAsync(patient: patient));
        var rewards = await AsyncCollect.ListAsync(Client.Rewards.ListAsync(patient: patient));
        var fulfillments = await AsyncCollect.ListAsync(Client.RewardEarningFulfillments.ListAsync(patient: patient));
        var fetchedActivation = await Client.Api.FetchRewardProgramActivationAsync(activation.Data.Id!);
        var fetchedReward = await Client.Api.FetchRewardAsync(reward.Data.Id!);
        var fetchedEarning = await Client.Api.FetchRewardEarningAsync(earning.Data.Id!);
        var fetchedFulfillment = await Client.Api.FetchRewardEarningFulfillmentAsync(fulfillment.Data.Id!);

        Assert.That(fetchedActivation.Data.Attributes?.Active, Is.True);
        Assert.That(fetchedActivation.Data.Attributes?.ExpiresAt, Is.EqualTo(At(12)), "activated_at + duration_active days");
        Assert.That(fetchedActivation.Data.Relationships?.RewardProgram.Data?.Id, Is.EqualTo(program.Data.Id));
        Assert.That(fetchedReward.Data.Relationships?.Patient?.Data?.Id, Is.EqualTo(patient), "derived from the activation");
        Assert.That(fetchedReward.Data.Attributes?.AllocatedUnit, Is.EqualTo("point"), "the program's budget unit");
        Assert.That(fetchedEarning.Data.Relationships?.Group?.Data?.Id, Is.EqualTo(group));
        Assert.That(fetchedEarning.Data.Relationships?.Reward.Data?.Id, Is.EqualTo(reward.Data.Id));
        Assert.That(fetchedEarning.Data.Attributes?.FulfilledAt, Is.EqualTo(At(5)));
        Assert.That(fetchedFulfillment.Data.Relationships?.RewardEarning.Data?.Id, Is.EqualTo(earning.Data.Id));
        Assert.That(fetchedFulfillment.Data.Relationships?.Patient?.Data?.Id, Is.EqualTo(patient));
        Assert.That(readyBefore.Select(e => e.Id), Is.EqualTo(new[] { earning.Data.Id }));
        Assert.That(readyAfter, Is.Empty, "a fulfilled earning is no longer ready for fulfillment");
        Assert.That(activations.Select(a => a.Id), Is.EqualTo(new[] { activation.Data.Id }));
        Assert.That(rewards.Select(r => r.Id), Is.EqualTo(new[] { reward.Data.Id }));
        Assert.That(fulfillments.Select(f => f.Id), Is.EqualTo(new[] { fulfillment.Data.Id }));
    }

    [Test]
    public async Task ListAsync_SeededFulfillments_OnlyEveryEighthPatientHasOne()
    {
        var withFulfillment = Server.Store.PatientIds[8];
        var without = Server.Store.PatientIds[4];

        var fulfilled = await AsyncCollect.ListAsync(Client.RewardEarningFulfillments.ListAsync(patient: withFulfillment));
        var none = await AsyncCollect.ListAsync(Client.RewardEarningFulfillments.ListAsync(patient: without));
        var earning = await Client.Api.FetchRewardEarningAsync(fulfilled.Single().Relationships!.RewardEarning.Data!.Id!);

        Assert.That(fulfilled.Single().Attributes?.FulfilledValue, Is.EqualTo(10));
        Assert.That(fulfilled.Single().Relationships?.Patient?.Data?.Id, Is.EqualTo(withFulfillment));
        Assert.That(earning.Data.Relationships?.Patient?.Data?.Id, Is.EqualTo(withFulfillment));
        Assert.That(earning.Data.Attributes?.FulfilledValue, Is.EqualTo(10));
        Assert.That(none, Is.Empty, "patient #4 earned but was not fulfilled");
        Assert.That(await Client.CountAsync("reward_program", OrganizationQuery()), Is.EqualTo(Server.Store.Count("reward_program")));
    }

    private CollectionQuery OrganizationQuery()
    {
        var query = new CollectionQuery();
        query.Filters["organization"] = Scope.OrganizationId!;
        return query;
    }
}
