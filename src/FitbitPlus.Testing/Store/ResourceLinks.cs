using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Store;

/// <summary>Adds <c>links.self</c> to the types whose spec resource declares links.</summary>
internal static class ResourceLinks
{
    private static readonly HashSet<string> TypesWithLinks =
    [
        "organization", "group", "coach", "calendar_event", "calendar_event_response", "health_profile",
        "health_profile_question", "health_profile_answer", "health_question_definition", "patient", "patient_plan_summary",
    ];

    /// <summary>Sets <c>links.self</c> (relative, under <c>/pub/</c>) when the type has links.</summary>
    public static void Apply(JObject resource, string type, string id)
    {
        if (!TypesWithLinks.Contains(type))
        {
            return;
        }

        var links = resource["links"] as JObject ?? new JObject();
        links["self"] = $"/pub/{type}/{id}";
        resource["links"] = links;
    }
}
