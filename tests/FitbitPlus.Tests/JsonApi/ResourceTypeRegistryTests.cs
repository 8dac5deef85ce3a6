using FitbitPlus.Models;
using FitbitPlus.JsonApi;

namespace FitbitPlus.Tests.JsonApi;

public class ResourceTypeRegistryTests
{
    private static IEnumerable<Type> GeneratedResourceClasses() =>
        typeof(Resource).Assembly.GetTypes()
            .Where(t => t.Namespace == "FitbitPlus.Models" && t.IsClass && t.Name.EndsWith("Resource", StringComparison.Ordinal)
                        && t != typeof(Resource) && !t.Name.EndsWith("CreateResource", StringComparison.Ordinal));

    [Test]
    public void All_EveryGeneratedResponseResourceClass_IsRegistered()
    {
        var registered = ResourceTypeRegistry.All.Values.ToHashSet();

        var unregistered = GeneratedResourceClasses().Where(t => !registered.Contains(t)).Select(t => t.Name).ToList();

        Assert.That(GeneratedResourceClasses().Count(), Is.GreaterThanOrEqualTo(22), "sanity: the scan finds the generated classes");
        Assert.That(unregistered, Is.Empty);
    }

    [Test]
    public void All_RequestOnlyCreateResources_AreNotRegistered()
    {
        var names = ResourceTypeRegistry.All.Values.Select(t => t.Name).ToList();
        Assert.That(names, Has.None.EndsWith("CreateResource"));
        Assert.That(names, Does.Contain(nameof(PatientResource)));
        Assert.That(ResourceTypeRegistry.Find("patient"), Is.EqualTo(typeof(PatientResource)));
    }

    [TestCase("patient", typeof(PatientResource))]
    [TestCase("coach", typeof(CoachResource))]
    [TestCase("group", typeof(GroupResource))]
    [TestCase("organization", typeof(OrganizationResource))]
    [TestCase("patient_plan_summary", typeof(PatientPlanSummaryResource))]
    [TestCase("health_profile_question", typeof(HealthProfileQuestionResource))]
    [TestCase("action", typeof(ActionResource))]
    [TestCase("bundle", typeof(BundleResource))]
    [TestCase("calendar_event", typeof(CalendarEventResource))]
    [TestCase("calendar_event_response", typeof(CalendarEventResponseResource))]
    [TestCase("email_history", typeof(EmailHistoryResource))]
    [TestCase("health_profile", typeof(HealthProfileResource))]
    [TestCase("health_profile_answer", typeof(HealthProfileAnswerResource))]
    [TestCase("health_question_definition", typeof(HealthQuestionDefinitionResource))]
    [TestCase("patient_health_metric", typeof(PatientHealthMetricResource))]
    [TestCase("result", typeof(PatientHealthResultResource))]
    [TestCase("reward", typeof(RewardResource))]
    [TestCase("reward_earning", typeof(RewardEarningResource))]
    [TestCase("reward_earning_fulfillment", typeof(RewardEarningFulfillmentResource))]
    [TestCase("reward_program", typeof(RewardProgramResource))]
    [TestCase("reward_program_activation", typeof(RewardProgramActivationResource))]
    [TestCase("token", typeof(TokenResource))]
    public void Find_ApiTypeName_GeneratedClass(string type, Type expected)
    {
        Assert.That(ResourceTypeRegistry.Find(type), Is.EqualTo(expected));
    }

    [Test]
    public void Find_ConventionalNameOfResultClass_NotRegistered()
    {
        Assert.That(ResourceTypeRegistry.Find("patient_health_result"), Is.Null);
        Assert.That(ResourceTypeRegistry.Find("Patient"), Is.Null);
    }
}
