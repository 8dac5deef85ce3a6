using FitbitPlus.Mock.Filtering;
using static FitbitPlus.Mock.Filtering.FilterDefinition;

namespace FitbitPlus.Mock.Routing;

/// <summary>The 62 operations of <c>spec/fitbit-plus.yaml</c> as rows; paths are relative to <c>/pub/</c>.</summary>
internal static class RouteTable
{
    private static readonly string[] PatientGroupsOrganization = ["filter[patient]", "filter[groups]", "filter[organization]"];
    private static readonly string[] GroupsOrganization = ["filter[groups]", "filter[organization]"];

    /// <summary>All routes.</summary>
    public static IReadOnlyList<RouteDefinition> All { get; } =
    [
        new("createToken", "POST", "oauth/token", RouteKind.Token, "token") { Includes = ["groups", "organization"], SuccessStatus = 201 },
        Related("fetchTokenGroups", "oauth/token/{id}/groups", "token", "groups", "group"),
        new("fetchTokenOrganization", "GET", "oauth/token/{id}/organization", RouteKind.RelatedSingle, "organization") { ParentType = "token", Relationship = "organization" },
        Fetch("fetchOrganization", "organization"),

        Create("createGroup", "group"),
        List("fetchGroups", "group", [Organization, new("filter[name]", FilterKind.AttributeIn, "name")]) with { RequiredFilters = ["filter[organization]"] },
        Fetch("fetchGroup", "group"),
        List("fetchCoaches", "coach", [Groups, Organization]) with { OneOfFilters = GroupsOrganization },
        Fetch("fetchCoach", "coach"),

        Create("createRewardProgram", "reward_program"),
        List("fetchRewardPrograms", "reward_program", [Groups, Organization]) with { OneOfFilters = GroupsOrganization },
        Fetch("fetchRewardProgram", "reward_program"),
        Related("fetchRewardProgramGroup", "reward_program/{id}/group", "reward_program", "group", "group"),

        Create("createAction", "action"),
        Fetch("fetchAction", "action") with { Includes = ["plan", "bundles"] },
        Update("updateAction", "action"),
        Create("createBundle", "bundle"),
        Fetch("fetchBundle", "bundle") with { Includes = ["plan", "actions"] },
        Update("updateBundle", "bundle"),

        Create("createCalendarEvent", "calendar_event"),
        List("fetchCalendarEvents", "calendar_event",
        [
            Patient, Groups, Organization,
            new("filter[attendees]", FilterKind.Attendees),
            new("filter[type]", FilterKind.AttributeIn, "type"),
            new("filter[completed]", FilterKind.Completed),
            new("filter[start_at]", FilterKind.DateRange, "start_at"),
            new("filter[end_at]", FilterKind.DateRange, "end_at"),
            new("filter[completed_at]", FilterKind.DateRange, "completed_at"),
            CreatedAt, UpdatedAt,
        ]) with { OneOfFilters = ["filter[patient]", "filter[groups]", "filter[organization]", "filter[attendees]"], Includes = ["owner"] },
        Fetch("fetchCalendarEvent", "calendar_event"),
        Update("updateCalendarEvent", "calendar_event"),
        new("deleteCalendarEvent", "DELETE", "calendar_event/{id}", RouteKind.Delete, "calendar_event") { SuccessStatus = 204 },
        Create("createCalendarEventResponse", "calendar_event_response"),

        List("fetchEmailHistories", "email_history",
        [
            new("filter[receiver]", FilterKind.Relationship, "receiver"),
            new("filter[sender]", FilterKind.Relationship, "sender"),
            new("filter[emailType]", FilterKind.AttributeIn, "email_type"),
        ]) with { OneOfFilters = ["filter[receiver]", "filter[sender]"], Sorts = ["send_time"] },
        Fetch("fetchEmailHistory", "email_history"),

        List("fetchHealthProfiles", "health_profile", [Patient, Groups, Organization]) with { OneOfFilters = PatientGroupsOrganization, Includes = ["patient", "questions"] },
        Fetch("fetchHealthProfile", "health_profile") with { Includes = ["patient", "questions"] },
        List("fetchHealthProfileQuestions", "health_profile_question", [Patient, Groups, Organization]) with { OneOfFilters = PatientGroupsOrganization, Includes = ["question_definition", "answer"] },
        Fetch("fetchHealthProfileQuestion", "health_profile_question") with { Includes = ["question_definition", "answer"] },
        List("fetchHealthProfileAnswers", "health_profile_answer", [Patient, Groups, Organization]) with { OneOfFilters = PatientGroupsOrganization, Includes = ["patient"] },
        Fetch("fetchHealthProfileAnswer", "health_profile_answer") with { Includes = ["patient"] },
        List("fetchHealthQuestionDefinitions", "health_question_definition", []),
        Fetch("fetchHealthQuestionDefinition", "health_question_definition"),

        Create("createPatientHealthMetric", "patient_health_metric"),
        List("fetchPatientHealthMetrics", "patient_health_metric", [Patient, Groups, Organization]) with { OneOfFilters = PatientGroupsOrganization },
        Fetch("fetchPatientHealthMetric", "patient_health_metric"),

        Create("createPatient", "patient"),
        List("fetchPatients", "patient",
        [
            Groups, Organization,
            new("filter[identifier][system]", FilterKind.Identifier),
            new("filter[identifier][value]", FilterKind.Identifier),
            new("filter[archived]", FilterKind.Boolean, "archived"),
            CreatedAt, UpdatedAt,
        ]) with { OneOfFilters = GroupsOrganization },
        new("upsertPatient", "PUT", "patient", RouteKind.Upsert, "patient"),
        Fetch("fetchPatient", "patient") with { Includes = ["groups", "coaches"] },
        Update("updatePatient", "patient"),
        Related("fetchPatientGroups", "patient/{id}/groups", "patient", "groups", "group"),
        Related("fetchPatientCoaches", "patient/{id}/coaches", "patient", "coaches", "coach"),

        List("fetchPatientPlanSummaries", "patient_plan_summary", [Patient, Groups, Organization]) with { OneOfFilters = PatientGroupsOrganization, Includes = PlanIncludes },
        Fetch("fetchPatientPlanSummary", "patient_plan_summary") with { Includes = PlanIncludes },
        Update("updatePatientPlanSummary", "patient_plan_summary"),

        List("fetchPatientHealthResults", "result",
        [
            Patient,
            new("filter[actions]", FilterKind.Relationship, "action"),
            new("filter[start_at]", FilterKind.DateFrom, "occurred_at"),
            new("filter[end_at]", FilterKind.DateBefore, "occurred_at"),
            new("filter[threads]", FilterKind.AttributeIn, "_thread"),
            CreatedAt, UpdatedAt,
        ]) with { RequiredFilters = ["filter[patient]"] },
        Fetch("fetchPatientHealthResult", "result"),

        Create("createReward", "reward"),
        List("fetchRewards", "reward",
        [
            Patient,
            new("filter[reward_program_activation]", FilterKind.Relationship, "reward_program_activation"),
            new("filter[thread]", FilterKind.AttributeIn, "_thread"),
            Groups, Organization,
        ]) with { OneOfFilters = PatientGroupsOrganization },
        Fetch("fetchReward", "reward"),

        Create("createRewardEarning", "reward_earning"),
        List("fetchRewardEarnings", "reward_earning", [Groups, Patient, new("filter[ready_for_fulfillment]", FilterKind.ReadyForFulfillment)])
            with { RequiredFilters = ["filter[groups]", "filter[patient]"] },
        Fetch("fetchRewardEarning", "reward_earning"),

        Create("createRewardEarningFulfillment", "reward_earning_fulfillment"),
        List("fetchRewardEarningFulfillments", "reward_earning_fulfillment", [Patient]) with { RequiredFilters = ["filter[patient]"] },
        Fetch("fetchRewardEarningFulfillment", "reward_earning_fulfillment"),

        Create("createRewardProgramActivation", "reward_program_activation"),
        List("fetchRewardProgramActivations", "reward_program_activation", [Patient, Groups, Organization]) with { OneOfFilters = PatientGroupsOrganization },
        Fetch("fetchRewardProgramActivation", "reward_program_activation"),
    ];

    private static string[] PlanIncludes => ["actions", "bundles", "patient", "current_results"];

    private static RouteDefinition List(string operationId, string type, FilterDefinition[] filters) =>
        new(operationId, "GET", type, RouteKind.List, type) { Filters = filters };

    private static RouteDefinition Fetch(string operationId, string type) =>
        new(operationId, "GET", type + "/{id}", RouteKind.Fetch, type);

    private static RouteDefinition Create(string operationId, string type) =>
        new(operationId, "POST", type, RouteKind.Create, type) { SuccessStatus = 201 };

    private static RouteDefinition Update(string operationId, string type) =>
        new(operationId, "PATCH", type + "/{id}", RouteKind.Update, type);

    private static RouteDefinition Related(string operationId, string template, string parentType, string relationship, string type) =>
        new(operationId, "GET", template, RouteKind.RelatedCollection, type) { ParentType = parentType, Relationship = relationship };
}
