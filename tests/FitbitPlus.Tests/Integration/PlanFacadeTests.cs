using FitbitPlus.Models;
using FitbitPlus.JsonApi;
using FitbitPlus.Paging;

namespace FitbitPlus.Tests.Integration;

/// <summary>Plan summaries, actions, bundles, metrics and results through <see cref="FitbitPlusClient"/>, includes resolved.</summary>
public class PlanFacadeTests : FacadeFixture
{
    [Test]
    public async Task ListAsync_PlanSummaryWithIncludes_ActionsBundlesAndPatientResolved()
    {
        var patient = Server.Store.PatientIds[2];
        var page = (await AsyncCollect.ListAsync(Client.PatientPlanSummaries.ListAsync(
            patient: patient,
            include: [PatientPlanSummariesInclude.Actions, PatientPlanSummariesInclude.Bundles, PatientPlanSummariesInclude.Patient]).AsPagesAsync())).Single();
        var plan = page.Resources.Single();
        var storedActions = StoredRelationshipIds("patient_plan_summary", plan.Id, "actions");

        var actions = page.Included.GetMany<ActionResource>(plan.Relationships!.Actions);
        var bundles = page.Included.GetMany<BundleResource>(plan.Relationships.Bundles);
        var owner = page.Included.GetOne<PatientResource>(plan.Relationships.Patient);
        var results = page.Included.GetMany<PatientHealthResultResource>(plan.Relationships.CurrentResults, "current_results");

        Assert.That(storedActions, Has.Count.EqualTo(2));
        Assert.That(actions.State, Is.EqualTo(RelationshipState.Loaded));
        Assert.That(actions.Values.Select(a => a.Id), Is.EqualTo(storedActions));
        Assert.That(actions.Values.Select(a => a.Attributes?.Title), Is.EqualTo(storedActions.Select(a => StoredAttribute("action", a, "title"))));
        Assert.That(bundles.Values.Single().Attributes?.Title, Is.EqualTo("Daily routine"));
        Assert.That(bundles.Values.Single().Relationships?.Actions?.Data?.Select(a => a.Id), Is.EqualTo(storedActions));
        Assert.That(owner.IsLoaded, Is.True);
        Assert.That(owner.Value!.Id, Is.EqualTo(patient));
        Assert.That(owner.Value.Attributes.LastName, Is.EqualTo(StoredAttribute("patient", patient, "last_name")));
        Assert.That(results.State, Is.EqualTo(RelationshipState.NotRequested), "current_results was not in include");
    }

    [Test]
    public async Task ActionAndBundle_CreatePatchFetch_PlanIncludesTheNewAction()
    {
        var patient = Server.Store.PatientIds[3];
        var planId = Server.Store.Ids("patient_plan_summary").Single(p => StoredRelationshipIds("patient_plan_summary", p, "patient").SequenceEqual([patient]));
        var action = await Client.Api.CreateActionAsync(new CreateActionRequest
        {
            Data = new ActionResource
            {
                Type = "action",
                Attributes = new ActionAttributes { Type = "other_lifestyle", Title = "Walk after lunch", EffectiveFrom = At(2) },
                Relationships = new ActionRelationships { Plan = One("patient_plan_summary", planId) },
            },
        });
        var bundle = await Client.Api.CreateBundleAsync(new CreateBundleRequest
        {
            Data = new BundleResource
            {
                Type = "bundle",
                Attributes = new BundleAttributes { Type = "other", Title = "Afternoon", EffectiveFrom = At(2) },
                Relationships = new BundleRelationships { Plan = One("patient_plan_summary", planId), Actions = Many("action", action.Data.Id) },
            },
        });

        var patched = await Client.PatchAsync<UpdateActionResponse>(JsonApiPatch.For("action", action.Data.Id).Set("title", "Walk after dinner"));
        var plan = await Client.Api.FetchPatientPlanSummaryAsync(planId, include: "actions,bundles");
        var included = IncludedResources.From(plan.Included, "actions,bundles");
        var newAction = included.GetMany<ActionResource>(plan.Data.Relationships!.Actions).Values.Single(a => a.Id == action.Data.Id);
        var newBundle = included.GetMany<BundleResource>(plan.Data.Relationships.Bundles).Values.Single(b => b.Id == bundle.Data.Id);
        var fetchedBundle = await Client.Api.FetchBundleAsync(bundle.Data.Id);

        Assert.That(patched.Data.Attributes?.Title, Is.EqualTo("Walk after dinner"));
        Assert.That(patched.Data.Attributes?.EffectiveFrom, Is.EqualTo(At(2)), "PATCH keeps what it does not name");
        Assert.That(newAction.Attributes?.Title, Is.EqualTo("Walk after dinner"));
        Assert.That(newBundle.Relationships?.Actions?.Data?.Select(a => a.Id), Is.EqualTo(new[] { action.Data.Id }));
        Assert.That(fetchedBundle.Data.Relationships?.Plan?.Data?.Id, Is.EqualTo(planId));
        Assert.That(plan.Data.Relationships.Actions.Data, Has.Count.EqualTo(3), "two seeded actions and the new one");
    }

    [Test]
    public async Task Results_ListByPatientAndFetch_PointAtThePatientAndThePlanActions()
    {
        var patient = Server.Store.PatientIds[5];
        var planId = Server.Store.Ids("patient_plan_summary").Single(p => StoredRelationshipIds("patient_plan_summary", p, "patient").SequenceEqual([patient]));
        var planActions = StoredRelationshipIds("patient_plan_summary", planId, "actions");
        var pager = Client.PatientHealthResults.ListAsync(patient: patient, paging: new PagingOptions { Limit = 2 });

        var results = await AsyncCollect.ListAsync(pager);
        var single = await Client.Api.FetchPatientHealthResultAsync(results[1].Id);

        Assert.That(results, Has.Count.EqualTo(3));
        Assert.That(pager.LastReport!.Pages, Is.EqualTo(2));
        Assert.That(results.Select(r => r.Relationships?.Patient?.Data?.Id), Is.All.EqualTo(patient));
        Assert.That(results.Select(r => r.Relationships?.Action?.Data?.Id), Is.EqualTo(new[] { planActions[0], planActions[1], planActions[0] }));
        Assert.That(results.Select(r => r.Attributes?.MetricType), Is.EqualTo(results.Select(r => StoredAttribute("result", r.Id, "metric_type"))));
        Assert.That(single.Data.Id, Is.EqualTo(results[1].Id));
        Assert.That(single.Data.Attributes?.OccurredAt, Is.EqualTo(results[1].Attributes?.OccurredAt));
    }

    [Test]
    public async Task Metrics_CreateFetchList_NewMetricAfterTheTwoSeededOnes()
    {
        var patient = Server.Store.PatientIds[6];
        var created = await Client.Api.CreatePatientHealthMetricAsync(new CreatePatientHealthMetricRequest
        {
            Data = new PatientHealthMetricCreateResource
            {
                Type = "patient_health_metric",
                Attributes = new PatientHealthMetricCreateAttributes { Type = "blood_pressure", Systolic = 118, Diastolic = 76, Unit = "mmHg", OccurredAt = At(4) },
                Relationships = new PatientHealthMetricCreateRelationships { Patient = One("patient", patient) },
            },
        });

        var fetched = await Client.Api.FetchPatientHealthMetricAsync(created.Data.Id);
        var listed = await AsyncCollect.ListAsync(Client.PatientHealthMetrics.ListAsync(patient: patient, paging: new PagingOptions { Size = 2 }));

        Assert.That(fetched.Data.Attributes?.Systolic, Is.EqualTo(118));
        Assert.That(fetched.Data.Attributes?.Diastolic, Is.EqualTo(76));
        Assert.That(fetched.Data.Relationships?.Patient?.Data?.Id, Is.EqualTo(patient));
        Assert.That(listed, Has.Count.EqualTo(3));
        Assert.That(listed.Take(2).Select(m => m.Attributes?.Type), Is.All.EqualTo("weight"));
        Assert.That(listed[2].Id, Is.EqualTo(created.Data.Id));
    }
}
