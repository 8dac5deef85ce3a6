using FitbitPlus.Generated;

namespace FitbitPlus.Cli.Get;

/// <summary>Every single-resource GET of the API by JSON:API type name (the catalog lists collections only).</summary>
internal static class SingleResourceOperations
{
    private static readonly SingleResourceOperation[] Operations =
    [
        Plain("organization", (api, id, ct) => Box(api.FetchOrganizationAsync(id, ct))),
        Plain("group", (api, id, ct) => Box(api.FetchGroupAsync(id, ct))),
        WithInclude("coach", (api, id, include, ct) => Box(api.FetchCoachAsync(id, include, ct))),
        Plain("reward_program", (api, id, ct) => Box(api.FetchRewardProgramAsync(id, ct))),
        WithInclude("action", (api, id, include, ct) => Box(api.FetchActionAsync(id, include, ct))),
        WithInclude("bundle", (api, id, include, ct) => Box(api.FetchBundleAsync(id, include, ct))),
        Plain("calendar_event", (api, id, ct) => Box(api.FetchCalendarEventAsync(id, ct))),
        Plain("email_history", (api, id, ct) => Box(api.FetchEmailHistoryAsync(id, ct))),
        WithInclude("health_profile", (api, id, include, ct) => Box(api.FetchHealthProfileAsync(id, include, ct))),
        WithInclude("health_profile_question", (api, id, include, ct) => Box(api.FetchHealthProfileQuestionAsync(id, include, ct))),
        WithInclude("health_profile_answer", (api, id, include, ct) => Box(api.FetchHealthProfileAnswerAsync(id, include, ct))),
        Plain("health_question_definition", (api, id, ct) => Box(api.FetchHealthQuestionDefinitionAsync(id, ct))),
        Plain("patient_health_metric", (api, id, ct) => Box(api.FetchPatientHealthMetricAsync(id, ct))),
        WithInclude("patient", (api, id, include, ct) => Box(api.FetchPatientAsync(id, include, ct))),
        WithInclude("patient_plan_summary", (api, id, include, ct) => Box(api.FetchPatientPlanSummaryAsync(id, include, ct))),
        Plain("patient_health_result", (api, id, ct) => Box(api.FetchPatientHealthResultAsync(id, ct))),
        Plain("reward", (api, id, ct) => Box(api.FetchRewardAsync(id, ct))),
        Plain("reward_earning", (api, id, ct) => Box(api.FetchRewardEarningAsync(id, ct))),
        Plain("reward_earning_fulfillment", (api, id, ct) => Box(api.FetchRewardEarningFulfillmentAsync(id, ct))),
        Plain("reward_program_activation", (api, id, ct) => Box(api.FetchRewardProgramActivationAsync(id, ct))),
    ];

    /// <summary>Every type name, comma-separated, for errors and help.</summary>
    public static string KnownNames => string.Join(", ", Operations.Select(o => o.Name));

    /// <summary>The operation for <paramref name="name"/> (<c>result</c> is accepted for patient health results).</summary>
    /// <exception cref="UsageException">The name is unknown; the message lists the known ones.</exception>
    public static SingleResourceOperation Find(string name)
    {
        var key = string.Equals(name, "result", StringComparison.OrdinalIgnoreCase) ? "patient_health_result" : name;
        return Operations.FirstOrDefault(o => string.Equals(o.Name, key, StringComparison.OrdinalIgnoreCase))
            ?? throw new UsageException($"unknown type '{name}'. Known types: {KnownNames}.");
    }

    private static SingleResourceOperation Plain(string name, Func<IFitbitPlusApiClient, string, CancellationToken, Task<object>> fetch) =>
        new(name, false, (api, id, _, ct) => fetch(api, id, ct));

    private static SingleResourceOperation WithInclude(string name, Func<IFitbitPlusApiClient, string, string?, CancellationToken, Task<object>> fetch) =>
        new(name, true, fetch);

    private static async Task<object> Box<T>(Task<T> response)
        where T : class =>
        await response.ConfigureAwait(false);
}
