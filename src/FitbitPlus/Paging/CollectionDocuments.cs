using FitbitPlus.Paging;

namespace FitbitPlus.Generated;

// Every generated collection document joins the paging engine here. These are partial declarations of the
// generated types, not new types; keeping them in one list makes a missing collection easy to spot, and
// CollectionCoverageTests fails when the spec gains a collection that is not listed.
// "links" is deliberately not part of the interface: the spec omits it on several documents, so the
// engine reads links while streaming the body instead of relying on the generated model.

/// <summary>Collection document of <c>group</c> resources.</summary>
public partial class FetchGroupsResponse : ICollectionDocument<GroupResource> { }

/// <summary>Collection document of <c>coach</c> resources.</summary>
public partial class FetchCoachesResponse : ICollectionDocument<CoachResource> { }

/// <summary>Collection document of <c>reward_program</c> resources.</summary>
public partial class FetchRewardProgramsResponse : ICollectionDocument<RewardProgramResource> { }

/// <summary>Collection document of <c>calendar_event</c> resources.</summary>
public partial class FetchCalendarEventsResponse : ICollectionDocument<CalendarEventResource> { }

/// <summary>Collection document of <c>email_history</c> resources.</summary>
public partial class FetchEmailHistoriesResponse : ICollectionDocument<EmailHistoryResource> { }

/// <summary>Collection document of <c>health_profile</c> resources.</summary>
public partial class FetchHealthProfilesResponse : ICollectionDocument<HealthProfileResource> { }

/// <summary>Collection document of <c>health_profile_question</c> resources.</summary>
public partial class FetchHealthProfileQuestionsResponse : ICollectionDocument<HealthProfileQuestionResource> { }

/// <summary>Collection document of <c>health_profile_answer</c> resources.</summary>
public partial class FetchHealthProfileAnswersResponse : ICollectionDocument<HealthProfileAnswerResource> { }

/// <summary>Collection document of <c>health_question_definition</c> resources.</summary>
public partial class FetchHealthQuestionDefinitionsResponse : ICollectionDocument<HealthQuestionDefinitionResource> { }

/// <summary>Collection document of <c>patient</c> resources.</summary>
public partial class FetchPatientsResponse : ICollectionDocument<PatientResource> { }

/// <summary>Collection document of <c>patient_plan_summary</c> resources.</summary>
public partial class FetchPatientPlanSummariesResponse : ICollectionDocument<PatientPlanSummaryResource> { }

/// <summary>Collection document of <c>reward_program_activation</c> resources.</summary>
public partial class FetchRewardProgramActivationsResponse : ICollectionDocument<RewardProgramActivationResource> { }

/// <summary>Collection document of <c>reward</c> resources.</summary>
public partial class FetchRewardsResponse : ICollectionDocument<RewardResource> { }

/// <summary>Collection document of <c>reward_earning</c> resources.</summary>
public partial class FetchRewardEarningsResponse : ICollectionDocument<RewardEarningResource> { }

/// <summary>Collection document of <c>reward_earning_fulfillment</c> resources.</summary>
public partial class FetchRewardEarningFulfillmentsResponse : ICollectionDocument<RewardEarningFulfillmentResource> { }

/// <summary>Collection document of <c>patient_health_metric</c> resources.</summary>
public partial class FetchPatientHealthMetricsResponse : ICollectionDocument<PatientHealthMetricResource> { }

/// <summary>Collection document of <c>result</c> (patient health result) resources.</summary>
public partial class FetchPatientHealthResultsResponse : ICollectionDocument<PatientHealthResultResource> { }
