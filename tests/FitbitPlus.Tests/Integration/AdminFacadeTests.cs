using System.Net;
using FitbitPlus.Models;
using FitbitPlus.Paging;

namespace FitbitPlus.Tests.Integration;

/// <summary>Organization, groups, coaches and reward programs through <see cref="FitbitPlusClient"/> against the mock.</summary>
public class AdminFacadeTests : FacadeFixture
{
    [Test]
    public async Task GetCredentialsScopeAsync_MockToken_NamesTheSeededOrganizationAndGroups()
    {
        var scope = await Client.GetCredentialsScopeAsync();
        var organization = await Client.Api.FetchOrganizationAsync(scope.OrganizationId!);

        Assert.That(scope.OrganizationId, Is.EqualTo(Server.Store.OrganizationId));
        Assert.That(scope.GroupIds, Is.EqualTo(Server.Store.GroupIds));
        Assert.That(organization.Data.Id, Is.EqualTo(Server.Store.OrganizationId));
        Assert.That(organization.Data.Attributes.Name, Is.EqualTo("Fitbit Plus Demo Clinic"));
        Assert.That(organization.Data.Links?.Self, Is.EqualTo($"/pub/organization/{Server.Store.OrganizationId}"));
    }

    [Test]
    public async Task Groups_CreateFetchListByOrganization_NewGroupListedAfterTheSeededOnes()
    {
        var created = await Client.Api.CreateGroupAsync(new CreateGroupRequest
        {
            Data = new GroupResource { Type = "group", Attributes = new GroupAttributes { Name = "Integration cohort", Bio = "Created by the integration tests." } },
        });
        var fetched = await Client.Api.FetchGroupAsync(created.Data.Id);
        var pager = Client.Groups.ListAsync(organization: Scope.OrganizationId!, paging: new PagingOptions { Limit = 2 });
        var listed = await AsyncCollect.ListAsync(pager);
        var byName = await AsyncCollect.ListAsync(Client.Groups.ListAsync(organization: Scope.OrganizationId!, name: "Integration cohort"));

        Assert.That(fetched.Data.Attributes.Name, Is.EqualTo("Integration cohort"));
        Assert.That(fetched.Data.Attributes.Bio, Is.EqualTo("Created by the integration tests."));
        Assert.That(listed.Select(g => g.Id), Is.EqualTo(Server.Store.GroupIds.Append(created.Data.Id)));
        Assert.That(listed.Select(g => g.Attributes.Name).Take(3), Is.EqualTo(new[] { "Cohort 1", "Cohort 2", "Cohort 3" }));
        Assert.That(pager.LastReport!.Pages, Is.EqualTo(2), "4 groups in pages of 2");
        Assert.That(pager.LastReport.IsComplete, Is.True, pager.LastReport.ToString());
        Assert.That(byName.Select(g => g.Id), Is.EqualTo(new[] { created.Data.Id }));
    }

    [Test]
    public async Task Coaches_ListByOrganizationAndFetch_MatchTheSeededCoaches()
    {
        var coachId = Server.Store.CoachIds[1];

        var listed = await AsyncCollect.ListAsync(Client.Coaches.ListAsync(organization: Scope.OrganizationId, paging: new PagingOptions { Limit = 2 }));
        var coach = await Client.Api.FetchCoachAsync(coachId);
        var patientCoaches = await Client.Api.FetchPatientCoachesAsync(Server.Store.PatientIds[1]);

        Assert.That(listed.Select(c => c.Id), Is.EqualTo(Server.Store.CoachIds));
        Assert.That(coach.Data.Id, Is.EqualTo(coachId));
        Assert.That(coach.Data.Attributes?.FirstName, Is.EqualTo(StoredAttribute("coach", coachId, "first_name")).And.Not.Empty);
        Assert.That(coach.Data.Attributes?.LastName, Is.EqualTo(StoredAttribute("coach", coachId, "last_name")).And.Not.Empty);
        Assert.That(patientCoaches.Data.Select(c => c.Id), Is.EqualTo(new[] { coachId }), "patient #1 is coached by coach #1");
    }

    [Test]
    public async Task RewardPrograms_CreateFetchListByGroup_LinkedToTheGroup()
    {
        var group = Scope.GroupIds[2];
        var created = await Client.Api.CreateRewardProgramAsync(new CreateRewardProgramRequest
        {
            Data = new RewardProgramResource
            {
                Type = "reward_program",
                Attributes = new RewardProgramAttributes { Name = "Sleep streak", StartAt = At(1), EndAt = At(30), BudgetValue = 40, BudgetUnit = "point", DurationActive = 20 },
                Relationships = new RewardProgramRelationships { Group = One("group", group) },
            },
        });
        var programId = created.Data.Id!;
        var fetched = await Client.Api.FetchRewardProgramAsync(programId);
        var ofGroup = await AsyncCollect.ListAsync(Client.RewardPrograms.ListAsync(groups: group));
        var programGroup = await Client.Api.FetchRewardProgramGroupAsync(programId);
        var seededProgram = Server.Store.Ids("reward_program")[2];

        Assert.That(fetched.Data.Attributes?.Name, Is.EqualTo("Sleep streak"));
        Assert.That(fetched.Data.Attributes?.BudgetValue, Is.EqualTo(40));
        Assert.That(fetched.Data.Attributes?.StartAt, Is.EqualTo(At(1)));
        Assert.That(fetched.Data.Relationships?.Group?.Data?.Id, Is.EqualTo(group));
        Assert.That(ofGroup.Select(p => p.Id), Is.EqualTo(new[] { seededProgram, programId }));
        Assert.That(programGroup.Data.Select(g => g.Id), Is.EqualTo(new[] { group }));
    }

    [Test]
    public async Task FetchGroupAsync_UnknownId_FitbitPlusExceptionWith404AndApiErrorCode()
    {
        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => Client.Api.FetchGroupAsync("no-such-group"));

        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(ex.ErrorCode, Is.EqualTo("ResourceNotFound"));
        Assert.That(ex.RequestId, Is.Not.Null.And.Not.Empty);
    }
}
