using FitbitPlus.Generated;

namespace FitbitPlus.Paging;

/// <summary>
/// Every GET collection operation by name, for code that handles collections generically (an exporter asked for
/// "any collection by its type name"). Top-level collections are keyed by JSON:API type name (<c>patient</c>);
/// nested ones by <c>parent.children</c> (<c>patient.groups</c>) and need <see cref="CollectionQuery.ParentId"/>.
/// </summary>
public static class CollectionCatalog
{
    private static readonly CollectionDefinition[] Definitions =
    [
        Define<FetchGroupsResponse, GroupResource>("group", "group", "group", nameof(IFitbitPlusApiClient.FetchGroupsAsync)),
        Define<FetchCoachesResponse, CoachResource>("coach", "coach", "coach", nameof(IFitbitPlusApiClient.FetchCoachesAsync)),
        Define<FetchRewardProgramsResponse, RewardProgramResource>("reward_program", "reward_program", "reward_program", nameof(IFitbitPlusApiClient.FetchRewardProgramsAsync)),
        Define<FetchCalendarEventsResponse, CalendarEventResource>("calendar_event", "calendar_event", "calendar_event", nameof(IFitbitPlusApiClient.FetchCalendarEventsAsync)),
        Define<FetchEmailHistoriesResponse, EmailHistoryResource>("email_history", "email_history", "email_history", nameof(IFitbitPlusApiClient.FetchEmailHistoriesAsync)),
        Define<FetchHealthProfilesResponse, HealthProfileResource>("health_profile", "health_profile", "health_profile", nameof(IFitbitPlusApiClient.FetchHealthProfilesAsync)),
        Define<FetchHealthProfileQuestionsResponse, HealthProfileQuestionResource>("health_profile_question", "health_profile_question", "health_profile_question", nameof(IFitbitPlusApiClient.FetchHealthProfileQuestionsAsync)),
        Define<FetchHealthProfileAnswersResponse, HealthProfileAnswerResource>("health_profile_answer", "health_profile_answer", "health_profile_answer", nameof(IFitbitPlusApiClient.FetchHealthProfileAnswersAsync)),
        Define<FetchHealthQuestionDefinitionsResponse, HealthQuestionDefinitionResource>("health_question_definition", "health_question_definition", "health_question_definition", nameof(IFitbitPlusApiClient.FetchHealthQuestionDefinitionsAsync)),
        Define<FetchPatientHealthMetricsResponse, PatientHealthMetricResource>("patient_health_metric", "patient_health_metric", "patient_health_metric", nameof(IFitbitPlusApiClient.FetchPatientHealthMetricsAsync)),
        Define<FetchPatientsResponse, PatientResource>("patient", "patient", "patient", nameof(IFitbitPlusApiClient.FetchPatientsAsync)),
        Define<FetchPatientPlanSummariesResponse, PatientPlanSummaryResource>("patient_plan_summary", "patient_plan_summary", "patient_plan_summary", nameof(IFitbitPlusApiClient.FetchPatientPlanSummariesAsync)),
        Define<FetchPatientHealthResultsResponse, PatientHealthResultResource>("result", "result", "result", nameof(IFitbitPlusApiClient.FetchPatientHealthResultsAsync)),
        Define<FetchRewardsResponse, RewardResource>("reward", "reward", "reward", nameof(IFitbitPlusApiClient.FetchRewardsAsync)),
        Define<FetchRewardEarningsResponse, RewardEarningResource>("reward_earning", "reward_earning", "reward_earning", nameof(IFitbitPlusApiClient.FetchRewardEarningsAsync)),
        Define<FetchRewardEarningFulfillmentsResponse, RewardEarningFulfillmentResource>("reward_earning_fulfillment", "reward_earning_fulfillment", "reward_earning_fulfillment", nameof(IFitbitPlusApiClient.FetchRewardEarningFulfillmentsAsync)),
        Define<FetchRewardProgramActivationsResponse, RewardProgramActivationResource>("reward_program_activation", "reward_program_activation", "reward_program_activation", nameof(IFitbitPlusApiClient.FetchRewardProgramActivationsAsync)),
        Define<FetchGroupsResponse, GroupResource>("token.groups", "group", "oauth/token/{id}/groups", nameof(IFitbitPlusApiClient.FetchTokenGroupsAsync)),
        Define<FetchGroupsResponse, GroupResource>("reward_program.groups", "group", "reward_program/{id}/group", nameof(IFitbitPlusApiClient.FetchRewardProgramGroupAsync)),
        Define<FetchGroupsResponse, GroupResource>("patient.groups", "group", "patient/{id}/groups", nameof(IFitbitPlusApiClient.FetchPatientGroupsAsync)),
        Define<FetchCoachesResponse, CoachResource>("patient.coaches", "coach", "patient/{id}/coaches", nameof(IFitbitPlusApiClient.FetchPatientCoachesAsync)),
    ];

    private static readonly Dictionary<string, CollectionDefinition> ByName =
        Definitions.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>All collection operations.</summary>
    public static IReadOnlyList<CollectionDefinition> All => Definitions;

    /// <summary>Finds a collection by name; <see langword="false"/> when the name is unknown.</summary>
    public static bool TryFind(string name, out CollectionDefinition definition) =>
        ByName.TryGetValue(name ?? string.Empty, out definition!);

    /// <summary>Finds a collection by name, or throws an <see cref="ArgumentException"/> listing the known names.</summary>
    public static CollectionDefinition Find(string name) =>
        TryFind(name, out var definition)
            ? definition
            : throw new ArgumentException(
                $"'{name}' is not a known collection. Known collections: {string.Join(", ", Definitions.Select(d => d.Name))}.",
                nameof(name));

    private static CollectionDefinition Define<TDocument, TResource>(string name, string type, string path, string operation)
        where TDocument : ICollectionDocument<TResource> =>
        new(name, type, path, typeof(TDocument), typeof(TResource), operation);
}
