using System.Collections.Concurrent;
using FitbitPlus.Models;
using FitbitPlus.JsonApi;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static FitbitPlus.Tests.JsonApi.TypedIncludedDocuments;

namespace FitbitPlus.Tests.JsonApi;

/// <summary>Typed documents read included resources of known types straight into their generated classes.</summary>
public class TypedIncludedReadingTests
{
    private const string Coach = """{ "type": "coach", "id": "co-3", "attributes": { "first_name": "Lee", "last_name": "Park" } }""";

    [Test]
    public void Read_PatientWithEveryAttribute_OnePassEqualsLazyConversionAndTopLevel()
    {
        var typed = ReadTyped<FetchPatientPlanSummariesResponse>(PlanSummaries(FullPatient));
        var generic = ReadGeneric<FetchPatientPlanSummariesResponse>(PlanSummaries(FullPatient));

        var onePass = IncludedResources.From(typed.Included).GetOne<PatientResource>(typed.Data.Single().Relationships!.Patient).Value!;
        var lazy = IncludedResources.From(generic.Included).GetOne<PatientResource>(generic.Data.Single().Relationships!.Patient).Value!;
        var topLevel = ReadTyped<FetchPatientResponse>($$"""{ "data": {{FullPatient}} }""").Data;

        Assert.That(typed.Included!.Single().TypedInstance, Is.SameAs(onePass), "resolution used the instance read with the document");
        Assert.That(generic.Included!.Single().TypedInstance, Is.Null);
        Assert.That(EveryPropertySet(onePass.Attributes), Is.Empty, "the fixture fills in every attribute");
        Assert.That(JsonConvert.SerializeObject(onePass), Is.EqualTo(JsonConvert.SerializeObject(lazy)));
        Assert.That(JsonConvert.SerializeObject(onePass), Is.EqualTo(JsonConvert.SerializeObject(topLevel)));
        Assert.That(onePass.Attributes.AdditionalProperties["favourite_colour"].Value<string>(), Is.EqualTo("teal"));
        Assert.That(onePass.Attributes.UpdatedAt!.Value.Offset, Is.EqualTo(TimeSpan.FromHours(1)));
    }

    [Test]
    public void Read_KnownType_ResourcePartsAreTheTypedParts()
    {
        var included = ReadTyped<FetchPatientPlanSummariesResponse>(PlanSummaries(FullPatient)).Included!.Single();
        var patient = (PatientResource)included.TypedInstance!;

        Assert.That((included.Type, included.Id), Is.EqualTo(("patient", "pt-1")));
        Assert.That(included.Attributes, Is.SameAs(patient.Attributes).And.InstanceOf<PatientAttributes>());
        Assert.That(included.Relationships, Is.SameAs(patient.Relationships));
        Assert.That(included.Links, Is.SameAs(patient.Links));
        Assert.That(included.Meta, Is.Null);
    }

    [Test]
    public void Read_IdBeforeType_ReadInOnePass()
    {
        var doc = ReadTyped<FetchPatientPlanSummariesResponse>(PlanSummaries("""{ "id": "pt-1", "type": "patient", "attributes": { "first_name": "Ada" } }"""));

        var patient = IncludedResources.From(doc.Included).GetOne<PatientResource>(doc.Data.Single().Relationships!.Patient).Value!;

        Assert.That(doc.Included!.Single().TypedInstance, Is.SameAs(patient));
        Assert.That((patient.Type, patient.Id, patient.Attributes.FirstName), Is.EqualTo(("patient", "pt-1", "Ada")));
    }

    [TestCase("""{ "attributes": { "first_name": "Ada" }, "type": "patient", "id": "pt-1" }""")]
    [TestCase("""{ "id": "pt-1", "links": { "self": "/pub/patient/pt-1" }, "type": "patient", "attributes": { "first_name": "Ada" } }""")]
    public void Read_TypeAfterOtherMembers_GenericPartsStillResolves(string item)
    {
        var doc = ReadTyped<FetchPatientPlanSummariesResponse>(PlanSummaries(item));

        var raw = doc.Included!.Single();
        var patient = IncludedResources.From(doc.Included).GetOne<PatientResource>(doc.Data.Single().Relationships!.Patient);

        Assert.That(raw.TypedInstance, Is.Null);
        Assert.That(raw.Attributes, Is.InstanceOf<JObject>());
        Assert.That((raw.Type, raw.Id), Is.EqualTo(("patient", "pt-1")));
        Assert.That(patient.Value!.Attributes.FirstName, Is.EqualTo("Ada"));
    }

    [Test]
    public void Read_UnknownType_StaysGenericWithJObjectParts()
    {
        var doc = ReadTyped<FetchPatientPlanSummariesResponse>(PlanSummaries(
            """{ "type": "care_team", "id": "ct-1", "attributes": { "name": "North", "since": "2024-02-28T08:15:00+01:00", "lead": null } }"""));

        var raw = doc.Included!.Single();

        Assert.That(raw.TypedInstance, Is.Null);
        Assert.That(raw.Attributes, Is.InstanceOf<JObject>());
        Assert.That(JToken.DeepEquals((JObject)raw.Attributes!, Json("""{ "name": "North", "since": "2024-02-28T08:15:00+01:00", "lead": null }""")), Is.True);
        Assert.That(IncludedResources.From(doc.Included).TryGet("care_team", "ct-1", out object? any) && any == raw, Is.True);
    }

    [Test]
    public void Read_MembersTheClassDoesNotDeclare_KeptOnTheResourceAndTheTypedInstance()
    {
        var doc = ReadTyped<FetchPatientPlanSummariesResponse>(PlanSummaries(
            """{ "type": "patient", "id": "pt-1", "meta": { "score": 3 }, "extra": [1, 2], "attributes": { "first_name": "Ada" } }"""));

        var raw = doc.Included!.Single();
        var patient = (PatientResource)raw.TypedInstance!;

        Assert.That(raw.Meta, Is.InstanceOf<JObject>());
        Assert.That(JToken.DeepEquals(raw.AdditionalProperties["extra"], new JArray(1, 2)), Is.True);
        Assert.That(patient.AdditionalProperties.Keys, Is.EquivalentTo(new[] { "meta", "extra" }));
        Assert.That(patient.AdditionalProperties["meta"]["score"]!.Value<int>(), Is.EqualTo(3));
    }

    [TestCase("""{ "first_name": "Rosa", "updated_at": { "when": "last tuesday" } }""", "attributes.updated_at")]
    [TestCase("""{ "first_name": "Rosa", "birth_date": 19791102 }""", "attributes.birth_date")]
    [TestCase("""{ "first_name": "Rosa", "updated_at": "last tuesday" }""", "attributes.updated_at")]
    [TestCase("""{ "first_name": [ "Rosa" ] }""", "attributes.first_name")]
    [TestCase("""{ "phone_numbers": { "type": "mobile" } }""", "attributes.phone_numbers.type")]
    public void Read_MalformedKnownType_PageIntactAndResolutionThrowsAsBefore(string attributes, string path)
    {
        var bad = $$"""{ "type": "patient", "id": "pt-1", "attributes": {{attributes}}, "links": { "self": "/pub/patient/pt-1" }, "odd": null }""";
        var json = PlanSummaries(Coach, bad, FullPatient.Replace("pt-1", "pt-2", StringComparison.Ordinal));

        var doc = ReadTyped<FetchPatientPlanSummariesResponse>(json);
        var includes = IncludedResources.From(doc.Included);
        var generic = IncludedResources.From(ReadGeneric<FetchPatientPlanSummariesResponse>(json).Included);

        var ex = Assert.Throws<FitbitPlusException>(() => includes.GetOne<PatientResource>(doc.Data.Single().Relationships!.Patient));
        var before = Assert.Throws<FitbitPlusException>(() => generic.TryGet("patient", "pt-1", out PatientResource? _));
        Assert.That(ex!.Message, Is.EqualTo(before!.Message));
        Assert.That(ex.Message, Is.EqualTo($"Included resource patient 'pt-1' could not be read as PatientResource: unexpected JSON at '{path}'."));

        // Nothing else is lost: the bad item keeps its JSON exactly, its neighbours are read typed, data is whole.
        var raw = doc.Included!.ElementAt(1);
        Assert.That(raw.TypedInstance, Is.Null);
        Assert.That(JToken.DeepEquals((JToken)raw.Attributes!, Json(attributes)), Is.True);
        Assert.That(JToken.DeepEquals((JToken)raw.Links!, Json("""{ "self": "/pub/patient/pt-1" }""")), Is.True);
        Assert.That(raw.AdditionalProperties["odd"].Type, Is.EqualTo(JTokenType.Null));
        Assert.That(doc.Included!.Select(i => i.TypedInstance?.GetType()), Is.EqualTo(new[] { typeof(CoachResource), null, typeof(PatientResource) }));
        Assert.That(includes.TryGet("patient", "pt-2", out PatientResource? neighbour) && neighbour.Attributes.FirstName == "Ada", Is.True);
        Assert.That(doc.Data.Single().Id, Is.EqualTo("s-1"));
        Assert.That(doc.Meta!.Count, Is.EqualTo(1));
    }

    [Test]
    public void Read_MalformedJsonSyntaxInsideIncluded_FailsThePageAsBefore()
    {
        var json = PlanSummaries("""{ "type": "patient", "id": "pt-1", "attributes": { "first_name": "Ada" "last_name": "M" } }""");

        var typed = Assert.Throws<JsonReaderException>(() => ReadTyped<FetchPatientPlanSummariesResponse>(json));
        var generic = Assert.Throws<JsonReaderException>(() => ReadGeneric<FetchPatientPlanSummariesResponse>(json));

        Assert.That(typed!.Message, Is.EqualTo(generic!.Message));
    }

    [Test]
    public void Read_DuplicateKeys_FirstWinsTyped()
    {
        var doc = ReadTyped<FetchPatientPlanSummariesResponse>(PlanSummaries(
            """{ "type": "coach", "id": "co-1", "attributes": { "first_name": "First" } }""",
            """{ "type": "coach", "id": "co-1", "attributes": { "first_name": "Second" } }"""));

        var includes = IncludedResources.From(doc.Included);

        Assert.That(includes.TryGet("coach", "co-1", out CoachResource? coach), Is.True);
        Assert.That(coach, Is.SameAs(doc.Included!.First().TypedInstance));
        Assert.That(coach!.Attributes.FirstName, Is.EqualTo("First"));
        Assert.That(includes.DuplicateKeys, Is.EqualTo(new[] { new ResourceKey("coach", "co-1") }));
    }

    [Test]
    public void Read_ExplicitNullRelationshipData_NullStateOnTheTypedInstance()
    {
        var doc = ReadTyped<FetchPatientPlanSummariesResponse>(PlanSummaries(
            """{ "type": "patient", "id": "pt-1", "relationships": { "groups": { "data": [] }, "coaches": { "data": null } } }""",
            """{ "type": "health_profile_answer", "id": "a-1", "relationships": { "patient": { "data": null } } }"""));
        var includes = IncludedResources.From(doc.Included, "coaches,patient");

        Assert.That(includes.TryGet("patient", "pt-1", out PatientResource? patient), Is.True);
        Assert.That(includes.TryGet("health_profile_answer", "a-1", out HealthProfileAnswerResource? answer), Is.True);

        Assert.That(patient!.Relationships!.Coaches!.HasExplicitNullData, Is.True);
        Assert.That(includes.GetMany<CoachResource>(patient.Relationships.Coaches).State, Is.EqualTo(RelationshipState.Null));
        Assert.That(includes.GetMany<object>(patient.Relationships.Groups).State, Is.EqualTo(RelationshipState.Empty));
        Assert.That(includes.GetOne<PatientResource>(answer!.Relationships!.Patient).State, Is.EqualTo(RelationshipState.Null));
        Assert.That(answer.Relationships.Patient!.Name, Is.EqualTo("patient"));
    }

    [Test]
    public void GetOne_ConcurrentResolution_EveryThreadGetsTheInstanceReadWithTheDocument()
    {
        var doc = ReadTyped<FetchPatientPlanSummariesResponse>(PlanSummaries(FullPatient, Coach));
        var includes = IncludedResources.From(doc.Included);
        var seen = new ConcurrentBag<object>();

        Parallel.For(0, 64, i => seen.Add(i % 2 == 0
            ? includes.GetOne<PatientResource>(doc.Data.Single().Relationships!.Patient).Value!
            : includes.TryGet("coach", "co-3", out object? coach) ? coach : "missing"));

        Assert.That(seen.Distinct().Count(), Is.EqualTo(2));
        Assert.That(seen, Has.Member(doc.Included!.First().TypedInstance).And.Member(doc.Included!.Last().TypedInstance));
    }

    // Dates stay strings, as in the documents' parts.
    private static JToken Json(string json) => JToken.ReadFrom(new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None });

    private static IEnumerable<string> EveryPropertySet(object value) =>
        value.GetType().GetProperties().Where(p => p.Name != "AdditionalProperties" && p.GetValue(value) is null).Select(p => p.Name);
}
