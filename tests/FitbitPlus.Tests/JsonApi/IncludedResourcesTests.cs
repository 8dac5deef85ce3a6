using FitbitPlus.Models;
using FitbitPlus.JsonApi;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.JsonApi;

public class IncludedResourcesTests
{
    private FetchCalendarEventsResponse _page = null!;
    private IncludedResources _includes = null!;

    [SetUp]
    public void SetUp()
    {
        _page = JsonApiDocuments.Parse<FetchCalendarEventsResponse>(JsonApiDocuments.CalendarEventsWithOwners);
        _includes = IncludedResources.From(_page.Included, requestedIncludes: "owner");
    }

    private CalendarEventResource Event(string id) => _page.Data!.Single(e => e.Id == id);

    [Test]
    public void GetOne_OwnerIsIncludedPatient_LoadedAsPatientResource()
    {
        var owner = _includes.GetOne<PatientResource>(Event("ev-1").Relationships?.Owner);

        Assert.That(owner.State, Is.EqualTo(RelationshipState.Loaded));
        Assert.That(owner.IsLoaded, Is.True);
        Assert.That(owner.Value!.Id, Is.EqualTo("pt-7"));
        Assert.That(owner.Value.Attributes!.FirstName, Is.EqualTo("Ada"));
    }

    [Test]
    public void GetOne_OwnerAsObject_ResolvesPatientOrCoachByType()
    {
        var first = _includes.GetOne<object>(Event("ev-1").Relationships?.Owner);
        var second = _includes.GetOne<object>(Event("ev-2").Relationships?.Owner);

        Assert.That(first.Value, Is.InstanceOf<PatientResource>());
        Assert.That(second.Value, Is.InstanceOf<CoachResource>());
        Assert.That(((CoachResource)second.Value!).Attributes.LastName, Is.EqualTo("Park"));
    }

    [Test]
    public void GetOne_AskForPatientButOwnerIsCoach_DifferentTypeWithLinkage()
    {
        var owner = _includes.GetOne<PatientResource>(Event("ev-2").Relationships?.Owner);

        Assert.That(owner.State, Is.EqualTo(RelationshipState.DifferentType));
        Assert.That(owner.Value, Is.Null);
        Assert.That((owner.Type, owner.Id), Is.EqualTo(("coach", "co-3")));
    }

    [Test]
    public void GetOne_DataExplicitlyNull_Null()
    {
        var owner = _includes.GetOne<object>(Event("ev-3").Relationships?.Owner);

        Assert.That(owner.State, Is.EqualTo(RelationshipState.Null));
        Assert.That(owner.Value, Is.Null);
    }

    [Test]
    public void GetOne_RequestedButAbsentFromIncluded_MissingWithLinkage()
    {
        var owner = _includes.GetOne<PatientResource>(Event("ev-4").Relationships?.Owner);

        Assert.That(owner.State, Is.EqualTo(RelationshipState.Missing));
        Assert.That(owner.Id, Is.EqualTo("pt-404"));
    }

    [Test]
    public void GetOne_RequestedButOnlyLinksSent_Missing()
    {
        var owner = _includes.GetOne<object>(Event("ev-5").Relationships?.Owner);

        Assert.That(owner.State, Is.EqualTo(RelationshipState.Missing));
    }

    [Test]
    public void GetOne_NotInIncludeList_NotRequested()
    {
        var includes = IncludedResources.From(_page.Included, requestedIncludes: null);

        Assert.That(includes.GetOne<object>(Event("ev-4").Relationships?.Owner).State, Is.EqualTo(RelationshipState.NotRequested));
        Assert.That(includes.GetOne<object>(Event("ev-5").Relationships?.Owner).State, Is.EqualTo(RelationshipState.NotRequested));
        // Found resources are loaded whatever the include list said.
        Assert.That(includes.GetOne<object>(Event("ev-1").Relationships?.Owner).State, Is.EqualTo(RelationshipState.Loaded));
    }

    [Test]
    public void GetOne_RelationshipMemberAbsent_UsesExplicitNameForState()
    {
        Assert.That(_includes.GetOne<object>(null, "owner").State, Is.EqualTo(RelationshipState.Missing));
        Assert.That(_includes.GetOne<object>(null, "patient").State, Is.EqualTo(RelationshipState.NotRequested));
    }

    [Test]
    public void GetMany_AllIncluded_LoadedInLinkageOrder()
    {
        var patient = _includes.GetOne<PatientResource>(Event("ev-1").Relationships?.Owner).Value!;

        var coaches = _includes.GetMany<CoachResource>(patient.Relationships?.Coaches);

        Assert.That(coaches.State, Is.EqualTo(RelationshipState.Loaded));
        Assert.That(coaches.Values.Select(c => c.Id), Is.EqualTo(new[] { "co-3" }));
    }

    [Test]
    public void GetMany_NestedNameNotRequested_NotRequestedAndItemsKeepLinkage()
    {
        var patient = _includes.GetOne<PatientResource>(Event("ev-1").Relationships?.Owner).Value!;

        var groups = _includes.GetMany<GroupResource>(patient.Relationships!.Groups);

        Assert.That(groups.State, Is.EqualTo(RelationshipState.NotRequested));
        Assert.That(groups.Values, Is.Empty);
        Assert.That(groups.Items.Single().Id, Is.EqualTo("grp-1"));
    }

    [Test]
    public void GetMany_NestedPathRequested_MissingWhenAbsent()
    {
        var includes = IncludedResources.From(_page.Included, "owner,owner.groups");
        var patient = includes.GetOne<PatientResource>(Event("ev-1").Relationships?.Owner).Value!;

        Assert.That(includes.GetMany<GroupResource>(patient.Relationships!.Groups).State, Is.EqualTo(RelationshipState.Missing));
    }

    [Test]
    public void GetMany_EmptyArray_Empty()
    {
        var patient = JsonApiDocuments.Parse<PatientResource>("""
            { "type": "patient", "id": "pt-1", "relationships": { "groups": { "data": [] }, "coaches": { "data": [] } } }
            """);

        var coaches = _includes.GetMany<CoachResource>(patient.Relationships!.Coaches);

        Assert.That(coaches.State, Is.EqualTo(RelationshipState.Empty));
        Assert.That(coaches.Items, Is.Empty);
    }

    [Test]
    public void TryGet_UnknownType_ReachableAsRawJson()
    {
        var doc = JsonApiDocuments.Parse<FetchCalendarEventsResponse>("""
            { "data": [], "included": [
              { "type": "care_team", "id": "ct-1", "attributes": { "name": "North clinic", "size": 4 } } ] }
            """);
        var includes = IncludedResources.From(doc.Included);

        Assert.That(includes.TryGet("care_team", "ct-1", out object? any), Is.True);
        var raw = (Resource)any!;
        Assert.That(((JObject)raw.Attributes!)["name"]!.Value<string>(), Is.EqualTo("North clinic"));
        Assert.That(includes.TryGet("care_team", "ct-1", out PatientResource? _), Is.False);
    }

    [Test]
    public void TryGet_AsResource_ReturnsRawEntryForKnownType()
    {
        Assert.That(_includes.TryGet("coach", "co-3", out Resource? raw), Is.True);
        Assert.That(((JObject)raw!.Links!)["self"]!.Value<string>(), Is.EqualTo("/pub/coach/co-3"));
    }

    [Test]
    public void TryGet_DifferentCase_NotFound()
    {
        Assert.That(_includes.TryGet("Patient", "pt-7", out object? _), Is.False);
        Assert.That(_includes.TryGet("patient", "PT-7", out object? _), Is.False);
        Assert.That(_includes.TryGet("patient", "pt-7", out object? _), Is.True);
    }

    [Test]
    public void From_DuplicateKeys_FirstWinsAndDuplicatesReported()
    {
        var doc = JsonApiDocuments.Parse<FetchCalendarEventsResponse>("""
            { "data": [], "included": [
              { "type": "coach", "id": "co-1", "attributes": { "first_name": "First" } },
              { "type": "coach", "id": "co-2", "attributes": { "first_name": "Other" } },
              { "type": "coach", "id": "co-1", "attributes": { "first_name": "Second" } } ] }
            """);

        var includes = IncludedResources.From(doc.Included);

        Assert.That(includes.TryGet("coach", "co-1", out CoachResource? coach), Is.True);
        Assert.That(coach!.Attributes.FirstName, Is.EqualTo("First"));
        Assert.That(includes.Count, Is.EqualTo(2));
        Assert.That(includes.HasDuplicates, Is.True);
        Assert.That(includes.DuplicateKeys, Is.EqualTo(new[] { new ResourceKey("coach", "co-1") }));
    }

    [Test]
    public void GetOne_CycleAndSelfReference_ResolveToSameCachedInstances()
    {
        var doc = JsonApiDocuments.Parse<FetchHealthProfileQuestionsResponse>("""
            { "data": [], "included": [
              { "type": "health_profile_question", "id": "q-1",
                "relationships": { "answer": { "data": { "type": "health_profile_answer", "id": "a-1" } },
                                   "profile": { "data": { "type": "health_profile_question", "id": "q-1" } } } },
              { "type": "health_profile_answer", "id": "a-1",
                "relationships": { "patient": { "data": { "type": "health_profile_question", "id": "q-1" } } } } ] }
            """);
        var includes = IncludedResources.From(doc.Included, "answer,profile,patient");
        Assert.That(includes.TryGet("health_profile_question", "q-1", out HealthProfileQuestionResource? question), Is.True);

        var self = includes.GetOne<HealthProfileQuestionResource>(question!.Relationships!.Profile);
        var answer = includes.GetOne<HealthProfileAnswerResource>(question.Relationships.Answer).Value!;
        var back = includes.GetOne<object>(answer.Relationships!.Patient);

        Assert.That(self.Value, Is.SameAs(question));
        Assert.That(back.Value, Is.SameAs(question));
    }

    [Test]
    public void TryGet_AttributesDoNotMatchClass_FitbitPlusExceptionNamingTypeIdAndPathNotValue()
    {
        var doc = JsonApiDocuments.Parse<FetchCalendarEventsResponse>("""
            { "data": [], "included": [
              { "type": "patient", "id": "pt-9", "attributes": { "first_name": "Rosa", "updated_at": "last tuesday" } } ] }
            """);
        var includes = IncludedResources.From(doc.Included);

        var ex = Assert.Throws<FitbitPlusException>(() => includes.TryGet("patient", "pt-9", out PatientResource? _));

        Assert.That(ex!.Message, Does.Contain("patient 'pt-9'").And.Contain("PatientResource").And.Contain("attributes.updated_at"));
        Assert.That(ex.Message, Does.Not.Contain("last tuesday"));
        // The raw JSON stays reachable for diagnosis.
        Assert.That(includes.TryGet("patient", "pt-9", out Resource? _), Is.True);
    }

    [Test]
    public void TryGet_SameResourceTwice_ConvertedOnce()
    {
        _includes.TryGet("patient", "pt-7", out PatientResource? first);
        _includes.TryGet("patient", "pt-7", out object? second);

        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public void TryGet_IncludedDates_KeepOffsetAndDateOnlyValue()
    {
        _includes.TryGet("patient", "pt-7", out PatientResource? patient);

        Assert.That(patient!.Attributes!.UpdatedAt, Is.EqualTo(new DateTimeOffset(2024, 2, 28, 8, 15, 0, TimeSpan.FromHours(1))));
        Assert.That(patient.Attributes.UpdatedAt!.Value.Offset, Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(patient.Attributes.BirthDate!.Value.Date, Is.EqualTo(new DateTime(1979, 11, 2)));
    }

    [Test]
    public void From_EntryWithoutId_FitbitPlusExceptionNamingIndex()
    {
        var included = new[] { new Resource { Type = "coach", Id = "co-1" }, new Resource { Type = "coach", Id = null! } };

        var ex = Assert.Throws<FitbitPlusException>(() => IncludedResources.From(included));

        Assert.That(ex!.Message, Does.Contain("included[1]"));
    }

    [Test]
    public void From_NullIncluded_EmptyIndex()
    {
        var includes = IncludedResources.From(null, "owner");

        Assert.That(includes.Count, Is.Zero);
        Assert.That(includes.GetOne<object>(_page.Data!.First().Relationships?.Owner).State, Is.EqualTo(RelationshipState.Missing));
    }
}
