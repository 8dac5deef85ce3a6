using FitbitPlus.Models;
using FitbitPlus.JsonApi;
using FitbitPlus.Paging;

namespace FitbitPlus.Tests.Integration;

/// <summary>The generated resource clients over real HTTP against the mock: the one-line forms the README shows.</summary>
public class TypedFacadeTests : FacadeFixture
{
    [Test]
    public async Task ListAsync_PatientsOfOrganization_YieldsEveryPatientOfTheStore()
    {
        var ids = new List<string>();
        await foreach (var patient in Client.Patients.ListAsync(organization: Scope.OrganizationId))
        {
            ids.Add(patient.Id!);
        }

        Assert.That(ids, Is.EquivalentTo(Server.Store.PatientIds));
    }

    [Test]
    public async Task ListAsync_PlanSummariesWithPatient_IncludedPatientResolvedTypedFromThePage()
    {
        var pager = Client.PatientPlanSummaries.ListAsync(organization: Scope.OrganizationId, include: [PatientPlanSummariesInclude.Patient]);
        var checkedPlans = 0;
        await foreach (var page in pager.AsPagesAsync())
        {
            foreach (var plan in page.Resources)
            {
                var patient = page.Included.Patient(plan);
                Assert.That(patient.State, Is.EqualTo(RelationshipState.Loaded));
                Assert.That(patient.Value!.Attributes.FirstName, Is.EqualTo(StoredAttribute("patient", patient.Value.Id!, "first_name")));
                Assert.That(page.Included.Actions(plan).State, Is.EqualTo(RelationshipState.NotRequested));
                checkedPlans++;
            }
        }

        Assert.That(checkedPlans, Is.EqualTo(Server.Store.Ids("patient_plan_summary").Count));
    }

    [Test]
    public async Task AsResumableItemsAsync_WithInclude_EachItemCarriesItsIncludesAndAResumeToken()
    {
        var items = new List<PagedItem<PatientPlanSummaryResource>>();
        await foreach (var item in Client.PatientPlanSummaries.ListAsync(organization: Scope.OrganizationId, include: ["patient"], paging: new PagingOptions { Limit = 5 }).AsResumableItemsAsync())
        {
            items.Add(item);
        }

        Assert.That(items.Select(i => i.Included.Patient(i.Resource).State), Is.All.EqualTo(RelationshipState.Loaded));

        var resumed = new List<string>();
        await foreach (var plan in Client.PatientPlanSummaries.ListAsync(organization: Scope.OrganizationId, include: ["patient"], paging: new PagingOptions { Limit = 5, ContinuationToken = items[6].ContinuationToken }))
        {
            resumed.Add(plan.Id!);
        }

        Assert.That(resumed, Is.EqualTo(items.Skip(7).Select(i => i.Resource.Id)));
    }

    [Test]
    public async Task CountAsync_PatientsUpdatedSinceAnInstant_MatchesEnumeration()
    {
        var since = DateTimeRange.From(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.FromHours(-5)));
        var pager = Client.Patients.ListAsync(organization: Scope.OrganizationId, updatedAt: since);

        var count = await pager.CountAsync();
        var listed = 0;
        await foreach (var _ in pager)
        {
            listed++;
        }

        Assert.That(count, Is.EqualTo(Server.Store.PatientIds.Count));
        Assert.That(listed, Is.EqualTo(count));
        Assert.That(pager.LastReport!.IsComplete, Is.True);
    }

    [Test]
    public async Task PatchAsync_ExplicitNull_ClearsTheAttributeAndLeavesOthers()
    {
        var id = Server.Store.Ids("calendar_event").First();
        await Client.CalendarEvents.PatchAsync(id, p => p.Set(a => a.CompletedAt, At(3)).Set(a => a.Title, "Check-in"));

        var patched = await Client.CalendarEvents.PatchAsync(id, p => p.Set(a => a.CompletedAt, null));
        var fetched = await Client.CalendarEvents.GetAsync(id);

        Assert.That(patched.Data?.Attributes?.CompletedAt, Is.Null);
        Assert.That(fetched.Data?.Attributes?.CompletedAt, Is.Null);
        Assert.That(fetched.Data?.Attributes?.Title, Is.EqualTo("Check-in"));
    }

    [Test]
    public async Task GetAsync_UnknownId_ThrowsFitbitPlusExceptionWithTheApiError()
    {
        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => Client.Patients.GetAsync("no-such-patient"));

        Assert.That(ex!.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.NotFound));
        Assert.That(ex.ErrorCode, Is.EqualTo("ResourceNotFound"));
    }

    [Test]
    public async Task ListGroupsAsync_NestedCollection_YieldsThePatientsGroups()
    {
        var patient = Server.Store.PatientIds[0];
        var groups = new List<string>();
        await foreach (var group in Client.Patients.ListGroupsAsync(patient))
        {
            groups.Add(group.Id!);
        }

        Assert.That(groups, Is.EquivalentTo(StoredRelationshipIds("patient", patient, "groups")));
    }

    [Test]
    public void ListAsync_WithPagingFilterAndSkipPaging_FailsWhereThePagerIsCreated()
    {
        Assert.Throws<ArgumentException>(() => Client.Patients.ListAsync(paging: new PagingOptions { Limit = 5, Size = 5 }));
    }
}
