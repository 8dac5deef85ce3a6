using FitbitPlus.Mock.Spec;
using FitbitPlus.Mock.Store;

namespace FitbitPlus.Tests.Mock;

public class ResourceLinksTests
{
    [Test]
    public void DeclaringSelf_EmbeddedSpec_AreTheTypesWhoseResourceDeclaresLinksSelf()
    {
        Assert.That(ResourceLinks.DeclaringSelf(ApiSpec.Embedded), Is.EquivalentTo(new[]
        {
            "organization", "group", "coach", "calendar_event", "calendar_event_response", "health_profile",
            "health_profile_question", "health_profile_answer", "health_question_definition", "patient", "patient_plan_summary",
            "action", "bundle", "email_history",
        }));
    }
}
