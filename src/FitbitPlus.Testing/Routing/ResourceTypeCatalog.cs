namespace FitbitPlus.Mock.Routing;

/// <summary>The validation rules of every type the API lets clients write.</summary>
internal static class ResourceTypeCatalog
{
    private static readonly Dictionary<string, ResourceTypeRules> Rules = new List<ResourceTypeRules>
    {
        new("group") { RequiredAttributes = ["name"] },
        new("reward_program")
        {
            RequiredAttributes = ["name", "start_at", "end_at", "budget_value"],
            DateTimeAttributes = ["start_at", "end_at"],
            NumberAttributes = ["budget_value", "duration_active"],
            BooleanAttributes = ["fulfill_as_earned", "frozen"],
            RequiredRelationships = ["group"],
        },
        new("action")
        {
            RequiredAttributes = ["type", "title", "effective_from"],
            DateTimeAttributes = ["effective_from", "effective_to"],
            BooleanAttributes = ["tracking", "metric_required"],
        },
        new("bundle")
        {
            RequiredAttributes = ["type", "title", "effective_from"],
            DateTimeAttributes = ["effective_from", "effective_to"],
        },
        new("calendar_event")
        {
            RequiredAttributes = ["type", "start_at", "title", "attendees"],
            DateTimeAttributes = ["start_at", "end_at", "completed_at"],
            BooleanAttributes = ["all_day"],
            RequiredRelationships = ["owner"],
        },
        new("calendar_event_response")
        {
            RequiredAttributes = ["attendee", "response_status"],
            RequiredRelationships = ["calendar_event"],
        },
        new("patient_health_metric")
        {
            DateTimeAttributes = ["occurred_at"],
            NumberAttributes = ["systolic", "diastolic"],
            RequiredRelationships = ["patient"],
        },
        new("patient")
        {
            DateTimeAttributes = ["birth_date", "first_access_at", "invited_at", "enrolled_at", "last_access_at"],
            BooleanAttributes = ["archived"],
            RequiredRelationships = ["groups"],
            ReadOnlyAttributes = ["updated_at"],
        },
        new("patient_plan_summary")
        {
            DateTimeAttributes = ["effective_from"],
            RequiredRelationships = ["patient"],
        },
        new("reward_program_activation")
        {
            RequiredAttributes = ["activated_at"],
            DateTimeAttributes = ["activated_at", "deactivated_at"],
            RequiredRelationships = ["patient", "reward_program"],
            ReadOnlyAttributes = ["active", "expires_at", "allocated_count", "total_allocated_value", "earned_count", "total_earned_value"],
        },
        new("reward")
        {
            RequiredAttributes = ["description", "allocated_value", "allocated_at"],
            DateTimeAttributes = ["allocated_at", "target_at"],
            NumberAttributes = ["allocated_value"],
            RequiredRelationships = ["reward_program_activation"],
            ReadOnlyAttributes = ["earned_value", "earned_at", "fulfilled_value", "fulfilled_at"],
        },
        new("reward_earning")
        {
            RequiredAttributes = ["earned_value", "earned_at"],
            DateTimeAttributes = ["earned_at"],
            NumberAttributes = ["earned_value"],
            RequiredRelationships = ["reward"],
            ReadOnlyAttributes = ["ready_for_fulfillment", "fulfilled_value", "fulfilled_at"],
        },
        new("reward_earning_fulfillment")
        {
            RequiredAttributes = ["fulfilled_value", "fulfilled_at"],
            DateTimeAttributes = ["fulfilled_at"],
            NumberAttributes = ["fulfilled_value"],
            RequiredRelationships = ["reward_earning"],
        },
    }.ToDictionary(r => r.Type, StringComparer.Ordinal);

    /// <summary>The rules of <paramref name="type"/> (empty rules for read-only types).</summary>
    public static ResourceTypeRules For(string type) => Rules.TryGetValue(type, out var rules) ? rules : new ResourceTypeRules(type);
}
