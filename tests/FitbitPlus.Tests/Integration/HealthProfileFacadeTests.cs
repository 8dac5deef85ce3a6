using FitbitPlus.Models;
using FitbitPlus.JsonApi;
using FitbitPlus.Paging;

namespace FitbitPlus.Tests.Integration;

/// <summary>Health profiles, questions, answers and question definitions through <see cref="FitbitPlusClient"/>, includes resolved.</summary>
public class HealthProfileFacadeTests : FacadeFixture
{
    private IReadOnlyList<string> Definitions => Server.Store.Ids("health_question_definition");

    [Test]
    public async Task ListAsync_ProfileWithPatientAndQuestions_ResolvedFromIncluded()
    {
        var patient = Server.Store.PatientIds[8];
        var page = (await AsyncCollect.ListAsync(Client.HealthProfiles.ListAsync(patient: patient, include: [HealthProfilesInclude.Patient, HealthProfilesInclude.Questions]).AsPagesAsync())).Single();
        var profile = page.Resources.Single();

        var owner = page.Included.GetOne<PatientResource>(profile.Relationships?.Patient);
        var questions = page.Included.GetMany<HealthProfileQuestionResource>(profile.Relationships?.Questions);
        var single = await Client.Api.FetchHealthProfileAsync(profile.Id!, include: "questions");

        Assert.That(owner.Value?.Id, Is.EqualTo(patient));
        Assert.That(owner.Value?.Attributes.EmailAddress, Is.EqualTo(StoredAttribute("patient", patient, "email_address")));
        Assert.That(questions.State, Is.EqualTo(RelationshipState.Loaded));
        Assert.That(questions.Values.Select(q => q.Relationships?.QuestionDefinition?.Data?.Id), Is.EqualTo(Definitions.Take(3)));
        Assert.That(questions.Values.Select(q => q.Relationships?.Profile?.Data?.Id), Is.All.EqualTo(profile.Id));
        Assert.That(profile.Attributes?.Stats?.Single().Answered, Is.EqualTo(2));
        Assert.That(single.Included?.Select(i => i.Id), Is.EquivalentTo(questions.Values.Select(q => q.Id)));
    }

    [Test]
    public async Task ListAsync_QuestionsWithDefinitionAndAnswer_TwoAnsweredOneOpen()
    {
        var patient = Server.Store.PatientIds[9];
        var pages = await AsyncCollect.ListAsync(Client.HealthProfileQuestions.ListAsync(
            patient: patient,
            include: [HealthProfileQuestionsInclude.QuestionDefinition, HealthProfileQuestionsInclude.Answer],
            paging: new PagingOptions { Limit = 2 }).AsPagesAsync());
        var resolved = pages.SelectMany(page => page.Resources.Select(q => (
            Definition: page.Included.GetOne<HealthQuestionDefinitionResource>(q.Relationships?.QuestionDefinition),
            Answer: page.Included.GetOne<HealthProfileAnswerResource>(q.Relationships?.Answer, "answer")))).ToList();

        Assert.That(pages, Has.Count.EqualTo(2), "3 questions in pages of 2: each page carries its own included");
        Assert.That(resolved.Select(r => r.Definition.Value?.Id), Is.EqualTo(Definitions.Take(3)));
        Assert.That(resolved.Select(r => r.Definition.Value?.Attributes?.Text), Is.EqualTo(Definitions.Take(3).Select(d => StoredAttribute("health_question_definition", d, "text"))));
        Assert.That(resolved.Select(r => r.Answer.IsLoaded), Is.EqualTo(new[] { true, true, false }));
        foreach (var answer in resolved.Take(2).Select(r => r.Answer.Value!))
        {
            var stored = Server.Store.Find("health_profile_answer", answer.Id)!;
            Assert.That(answer.Attributes?.Latest?.Value, Is.EqualTo(stored["attributes"]!["latest"]!.Value<string>("value")));
            Assert.That(answer.Relationships?.Patient?.Data?.Id, Is.EqualTo(patient));
        }
    }

    [Test]
    public async Task Answers_ListWithPatientIncludedAndFetch_SamePatient()
    {
        var patient = Server.Store.PatientIds[10];
        var pages = await AsyncCollect.ListAsync(Client.HealthProfileAnswers.ListAsync(patient: patient, include: [HealthProfileAnswersInclude.Patient]).AsPagesAsync());
        var answers = pages.SelectMany(p => p.Resources.Select(a => (Answer: a, Patient: p.Included.GetOne<PatientResource>(a.Relationships?.Patient)))).ToList();
        var single = await Client.Api.FetchHealthProfileAnswerAsync(answers[0].Answer.Id, include: "patient");

        Assert.That(answers, Has.Count.EqualTo(2));
        Assert.That(answers.Select(a => a.Patient.Value?.Id), Is.All.EqualTo(patient));
        Assert.That(answers.Select(a => a.Answer.Attributes?.QuestionId), Is.EqualTo(Definitions.Take(2)));
        Assert.That(single.Included?.Single().Id, Is.EqualTo(patient));
        Assert.That(single.Data.Attributes?.History, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ListAsync_QuestionDefinitionsInPagesOf2_EveryDefinitionOnceAndComplete()
    {
        var pager = Client.HealthQuestionDefinitions.ListAsync(paging: new PagingOptions { Limit = 2 });

        var definitions = await AsyncCollect.ListAsync(pager);
        var single = await Client.Api.FetchHealthQuestionDefinitionAsync(Definitions[^1]);

        Assert.That(definitions.Select(d => d.Id), Is.EqualTo(Definitions));
        Assert.That(pager.LastReport!.Pages, Is.EqualTo((Definitions.Count + 1) / 2));
        Assert.That(pager.LastReport.IsComplete, Is.True, pager.LastReport.ToString());
        Assert.That(single.Data.Attributes?.Text, Is.EqualTo(StoredAttribute("health_question_definition", Definitions[^1], "text")));
        Assert.That(single.Data.Attributes?.Format?.Type, Is.EqualTo("single-select"));
    }
}
