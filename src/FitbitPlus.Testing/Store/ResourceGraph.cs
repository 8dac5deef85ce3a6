namespace FitbitPlus.Mock.Store;

/// <summary>
/// Answers "which patients / groups does this resource belong to" for every type, following relationships
/// (e.g. a health profile question belongs to the patient of its profile; a coach to the groups of its patients).
/// </summary>
internal sealed class ResourceGraph
{
    private readonly ResourceStore _store;

    /// <summary>Creates the graph over a store.</summary>
    public ResourceGraph(ResourceStore store) => _store = store;

    /// <summary>Ids of the patients a resource concerns.</summary>
    public IEnumerable<string> PatientIdsOf(StoredResource resource)
    {
        switch (resource.Type)
        {
            case "patient":
                return [resource.Id];
            case "calendar_event":
                return resource.Related("owner").Where(r => r.Type == "patient").Select(r => r.Id)
                    .Concat(AttendeeIds(resource)).Distinct();
            case "email_history":
                return resource.Related("receiver").Concat(resource.Related("sender"))
                    .Where(r => r.Type == "patient").Select(r => r.Id);
            case "health_profile_question":
                return Via(resource, "profile");
            case "action":
            case "bundle":
                return Via(resource, "plan");
            default:
                return resource.Related("patient").Select(r => r.Id);
        }
    }

    /// <summary>Ids of the groups a resource belongs to.</summary>
    public IEnumerable<string> GroupIdsOf(StoredResource resource)
    {
        switch (resource.Type)
        {
            case "group":
                return [resource.Id];
            case "patient":
                return resource.Related("groups").Select(r => r.Id);
            case "reward_program":
                return resource.Related("group").Select(r => r.Id);
            case "coach":
                return _store.All("patient")
                    .Where(p => p.Related("coaches").Any(c => c.Id == resource.Id))
                    .SelectMany(p => p.Related("groups").Select(g => g.Id))
                    .Distinct();
            default:
                var own = resource.Related("group").Select(r => r.Id);
                return own.Concat(PatientIdsOf(resource).SelectMany(PatientGroups)).Distinct();
        }
    }

    /// <summary>The user ids listed in a calendar event's attendees.</summary>
    public static IEnumerable<string> AttendeeIds(StoredResource resource) =>
        (resource.Attributes["attendees"] as Newtonsoft.Json.Linq.JArray ?? [])
            .Select(a => a?["user"]?.ToString())
            .Where(u => !string.IsNullOrEmpty(u))
            .Select(u => u!);

    private IEnumerable<string> PatientGroups(string patientId) =>
        _store.Find("patient", patientId)?.Related("groups").Select(r => r.Id) ?? [];

    private IEnumerable<string> Via(StoredResource resource, string relationship) =>
        resource.Related(relationship)
            .Select(r => _store.Find(r.Type, r.Id))
            .Where(r => r is not null)
            .SelectMany(r => PatientIdsOf(r!));
}
