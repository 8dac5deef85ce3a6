using FitbitPlus.Models;

namespace FitbitPlus.Tests.Mock;

/// <summary>Organization, groups, coaches, patients and plans through the generated client: every answer must deserialize.</summary>
public class MockGeneratedClientPatientTests : GeneratedClientFixture
{
    [Test]
    public async Task OrganizationGroupsCoaches_FetchAndList_Deserialize()
    {
        var organization = await Api.FetchOrganizationAsync(Server.Store.OrganizationId);
        var groups = await Api.FetchGroupsAsync(Server.Store.OrganizationId);
        var group = await Api.FetchGroupAsync(Server.Store.GroupIds[1]);
        var coaches = await Api.FetchCoachesAsync(filterGroups: Server.Store.GroupIds[0]);
        var coach = await Api.FetchCoachAsync(Server.Store.CoachIds[0]);

        Assert.That(organization.Data.Attributes.Name, Is.Not.Empty);
        Assert.That(groups.Data.Select(g => g.Id).Take(Server.Store.GroupIds.Count), Is.EqualTo(Server.Store.GroupIds));
        Assert.That(group.Data.Links?.Self, Is.EqualTo($"/pub/group/{Server.Store.GroupIds[1]}"));
        Assert.That(coaches.Data, Is.Not.Empty);
        Assert.That(coach.Data.Attributes.LastName, Is.Not.Empty);
    }

    [Test]
    public async Task CreateGroup_ThenFetchAndFilterByName_FindsIt()
    {
        var created = await Api.CreateGroupAsync(new CreateGroupRequest { Data = new GroupResource { Type = "group", Attributes = new GroupAttributes { Name = "Night shift", Bio = "b" } } });
        var fetched = await Api.FetchGroupAsync(created.Data.Id);
        var byName = await Api.FetchGroupsAsync(Server.Store.OrganizationId, filterName: "Night shift");

        Assert.That(fetched.Data.Attributes.Name, Is.EqualTo("Night shift"));
        Assert.That(byName.Data.Select(g => g.Id), Is.EqualTo(new[] { created.Data.Id }));
    }

    [Test]
    public async Task Patient_CreateFetchListUpdate_RoundTrips()
    {
        var request = new CreatePatientRequest
        {
            Data = new PatientCreateResource
            {
                Type = "patient",
                Attributes = new PatientCreateAttributes
                {
                    FirstName = "Zoe",
                    LastName = "Quinn",
                    BirthDate = new DateTimeOffset(1980, 2, 3, 0, 0, 0, TimeSpan.Zero),
                    Identifiers = [new PatientIdentifier { System = "OtherEHR", Value = "Z-1", Unique = true }],
                    PhoneNumbers = [new PhoneNumber { Type = "home", Value = "+15550000", Primary = true }],
                },
                Relationships = new PatientCreateRelationships { Groups = Many("group", Server.Store.GroupIds[2]) },
            },
        };

        var created = await Api.CreatePatientAsync(request);
        var id = created.Data.Id!;
        var fetched = await Api.FetchPatientAsync(id);
        var listed = await Api.FetchPatientsAsync(filterOrganization: Server.Store.OrganizationId, filterIdentifierSystem: "OtherEHR", filterIdentifierValue: "Z-1");
        var updated = await Api.UpdatePatientAsync(id, new UpdatePatientRequest
        {
            Data = new UpdatePatientRequestData { Type = "patient", Id = id, Attributes = new UpdatePatientRequestDataAttributes { LastName = "Quinn-Smith" } },
        });
        var groups = await Api.FetchPatientGroupsAsync(id);

        Assert.That(fetched.Data.Attributes.FirstName, Is.EqualTo("Zoe"));
        Assert.That(fetched.Data.Attributes.BirthDate?.Year, Is.EqualTo(1980));
        Assert.That(listed.Data.Select(p => p.Id), Is.EqualTo(new[] { id }));
        Assert.That(updated.Data.Attributes.LastName, Is.EqualTo("Quinn-Smith"));
        Assert.That(updated.Data.Attributes.FirstName, Is.EqualTo("Zoe"), "PATCH keeps attributes it does not name");
        Assert.That(groups.Data.Select(g => g.Id), Is.EqualTo(new[] { Server.Store.GroupIds[2] }));
    }

    [Test]
    public async Task UpsertPatient_ByIdentifier_UpdatesExistingThenCreatesNew()
    {
        var existing = Server.Store.PatientIds[4];
        var before = Server.Store.Count("patient");

        var update = await Api.UpsertPatientAsync(Upsert("MyEHR", "MRN000005", "Renamed"));
        var create = await Api.UpsertPatientAsync(Upsert("MyEHR", "NEW-77", "Newcomer"));

        Assert.That(update.Data.Id, Is.EqualTo(existing));
        Assert.That(update.Data.Attributes.FirstName, Is.EqualTo("Renamed"));
        Assert.That(create.Data.Id, Is.Not.EqualTo(existing));
        Assert.That(create.Data.Attributes.Identifiers!.Select(i => i.Value), Does.Contain("NEW-77"));
        Assert.That(create.Data.Relationships!.Groups.Data!.Select(g => g.Id), Is.EqualTo(new[] { Server.Store.GroupIds[0] }));
        Assert.That(Server.Store.Count("patient"), Is.EqualTo(before + 1));
    }

    [Test]
    public async Task PatientCoaches_Deserialize()
    {
        var coaches = await Api.FetchPatientCoachesAsync(Server.Store.PatientIds[0]);

        Assert.That(coaches.Data.Select(c => c.Id), Is.EqualTo(new[] { Server.Store.CoachIds[0] }));
    }

    [Test]
    public async Task Plan_ListWithIncludesFetchUpdate_AndActionsBundlesResults()
    {
        var patient = Server.Store.PatientIds[1];
        var plans = await Api.FetchPatientPlanSummariesAsync(filterPatient: patient, include: "actions,bundles,patient,current_results");
        var plan = plans.Data.Single();
        var single = await Api.FetchPatientPlanSummaryAsync(plan.Id, "patient");
        var updatedPlan = await Api.UpdatePatientPlanSummaryAsync(plan.Id, new UpdatePatientPlanSummaryRequest
        {
            Data = new PatientPlanSummaryResource { Type = "patient_plan_summary", Id = plan.Id, Attributes = new PatientPlanSummaryAttributes { TimeZone = "Europe/Berlin" } },
        });

        var action = await Api.CreateActionAsync(new CreateActionRequest
        {
            Data = new ActionResource
            {
                Type = "action",
                Attributes = new ActionAttributes { Type = "other_lifestyle", Title = "Stretch", EffectiveFrom = At(1) },
                Relationships = new ActionRelationships { Plan = One("patient_plan_summary", plan.Id) },
            },
        });
        var fetchedAction = await Api.FetchActionAsync(action.Data.Id);
        var updatedAction = await Api.UpdateActionAsync(action.Data.Id, new UpdateActionRequest
        {
            Data = new UpdateActionRequestData { Type = "action", Id = action.Data.Id, Attributes = new UpdateActionRequestDataAttributes { Title = "Stretch twice" } },
        });
        var bundle = await Api.CreateBundleAsync(new CreateBundleRequest
        {
            Data = new BundleResource
            {
                Type = "bundle",
                Attributes = new BundleAttributes { Type = "other", Title = "Evening", EffectiveFrom = At(1) },
                Relationships = new BundleRelationships { Plan = One("patient_plan_summary", plan.Id), Actions = Many("action", action.Data.Id) },
            },
        });
        var fetchedBundle = await Api.FetchBundleAsync(bundle.Data.Id);
        var updatedBundle = await Api.UpdateBundleAsync(bundle.Data.Id, new UpdateBundleRequest
        {
            Data = new UpdateBundleRequestData { Type = "bundle", Id = bundle.Data.Id, Attributes = new UpdateBundleRequestDataAttributes { Title = "Late evening" } },
        });
        var planAfter = await Api.FetchPatientPlanSummaryAsync(plan.Id);
        var results = await Api.FetchPatientHealthResultsAsync(patient, filterStartAt: new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var result = await Api.FetchPatientHealthResultAsync(results.Data.First().Id);

        Assert.That(plans.Included?.Select(i => i.Type).Distinct(), Is.EquivalentTo(new[] { "action", "bundle", "patient", "result" }));
        Assert.That(plan.Relationships!.Patient.Data!.Id, Is.EqualTo(patient));
        Assert.That(single.Included?.Single().Id, Is.EqualTo(patient));
        Assert.That(updatedPlan.Data.Attributes?.TimeZone, Is.EqualTo("Europe/Berlin"));
        Assert.That(fetchedAction.Data.Attributes?.Title, Is.EqualTo("Stretch"));
        Assert.That(updatedAction.Data.Attributes?.Title, Is.EqualTo("Stretch twice"));
        Assert.That(updatedAction.Data.Attributes?.EffectiveFrom, Is.EqualTo(At(1)), "a typed PATCH sends only the attributes it sets");
        Assert.That(fetchedBundle.Data.Relationships?.Actions?.Data?.Single().Id, Is.EqualTo(action.Data.Id));
        Assert.That(updatedBundle.Data.Attributes?.Title, Is.EqualTo("Late evening"));
        Assert.That(planAfter.Data.Relationships!.Actions.Data!.Select(a => a.Id), Does.Contain(action.Data.Id));
        Assert.That(planAfter.Data.Relationships!.Bundles.Data!.Select(b => b.Id), Does.Contain(bundle.Data.Id));
        Assert.That(results.Data, Has.Count.EqualTo(3));
        Assert.That(result.Data.Relationships?.Patient?.Data?.Id, Is.EqualTo(patient));
    }

    private UpsertPatientRequest Upsert(string system, string value, string firstName) => new()
    {
        Meta = new UpsertPatientRequestMeta
        {
            Query = new UpsertPatientRequestMetaQuery
            {
                Identifier = new UpsertPatientRequestMetaQueryIdentifier { System = system, Value = value },
                Groups = [Server.Store.GroupIds[0]],
            },
        },
        Data = new PatientResource { Type = "patient", Attributes = new PatientAttributes { FirstName = firstName } },
    };
}
