using FitbitPlus.Generated;
using FitbitPlus.Paging;
using Newtonsoft.Json.Linq;

namespace FitbitPlus;

/// <summary>Paging over every GET collection operation.</summary>
public partial class FitbitPlusClient
{
    /// <summary>
    /// Every resource of a collection, fetched page by page: <paramref name="firstPage"/> describes the first request by
    /// calling one collection operation, for example
    /// <c>(api, page, ct) =&gt; api.FetchPatientsAsync(filterOrganization: org, pageLimit: page.Limit, pageAfter: page.After, pageSize: page.Size, pageNumber: page.Number, cancellationToken: ct)</c>;
    /// the request is checked and sent by the pager, and later pages follow <c>links.next</c>.
    /// Nothing is sent until the pager is enumerated.
    /// </summary>
    /// <typeparam name="TDocument">The operation's collection document.</typeparam>
    /// <typeparam name="TResource">The document's resource class.</typeparam>
    /// <param name="firstPage">Calls the collection operation for the first page (on a recording client, not the network).</param>
    /// <param name="options">Paging strategy, read-ahead, completeness checks and resume token; cursor paging by default.</param>
    /// <exception cref="ArgumentException">(On enumeration, before any request) the options or the first request mix paging strategies.</exception>
    /// <exception cref="FitbitPlusException">(On enumeration) a page failed, was malformed, or a next link pointed to another origin.</exception>
    public CollectionPager<TDocument, TResource> Paginate<TDocument, TResource>(FirstPage<TDocument> firstPage, PagingOptions? options = null)
        where TDocument : class, ICollectionDocument<TResource>
    {
        ArgumentNullException.ThrowIfNull(firstPage);
        return Pagers.FromDelegate<TDocument, TResource>(() => HttpClient, firstPage, options);
    }

    /// <summary>
    /// Every resource of a collection chosen by name (see <see cref="CollectionCatalog"/>: <c>"patient"</c>,
    /// <c>"patient.groups"</c>, ...), as JSON objects exactly as the server sent them.
    /// </summary>
    /// <param name="collection">The catalog name of the collection.</param>
    /// <param name="query">Filters, include, sort and the parent id of nested collections.</param>
    /// <param name="options">Paging strategy, read-ahead, completeness checks and resume token; cursor paging by default.</param>
    /// <exception cref="ArgumentException">The name is unknown (the message lists the known ones) or the query is invalid.</exception>
    public CollectionPager<JsonCollectionDocument, JObject> EnumerateAsync(string collection, CollectionQuery? query = null, PagingOptions? options = null) =>
        Pagers.FromCatalog(() => HttpClient, collection, query, options);

    /// <summary>The number of resources in a collection chosen by name (<c>page[limit]=0</c>, reads <c>meta.count</c>).</summary>
    /// <param name="collection">The catalog name of the collection.</param>
    /// <param name="query">Filters and the parent id of nested collections.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<int> CountAsync(string collection, CollectionQuery? query = null, CancellationToken cancellationToken = default) =>
        Pagers.FromCatalog(() => HttpClient, collection, query, null).CountAsync(cancellationToken);

    /// <inheritdoc cref="Paginate{TDocument, TResource}(FirstPage{TDocument}, PagingOptions?)"/>
    public CollectionPager<FetchGroupsResponse, GroupResource> Paginate(FirstPage<FetchGroupsResponse> firstPage, PagingOptions? options = null) =>
        Paginate<FetchGroupsResponse, GroupResource>(firstPage, options);

    /// <inheritdoc cref="Paginate{TDocument, TResource}(FirstPage{TDocument}, PagingOptions?)"/>
    public CollectionPager<FetchCoachesResponse, CoachResource> Paginate(FirstPage<FetchCoachesResponse> firstPage, PagingOptions? options = null) =>
        Paginate<FetchCoachesResponse, CoachResource>(firstPage, options);

    /// <inheritdoc cref="Paginate{TDocument, TResource}(FirstPage{TDocument}, PagingOptions?)"/>
    public CollectionPager<FetchRewardProgramsResponse, RewardProgramResource> Paginate(FirstPage<FetchRewardProgramsResponse> firstPage, PagingOptions? options = null) =>
        Paginate<FetchRewardProgramsResponse, RewardProgramResource>(firstPage, options);

    /// <inheritdoc cref="Paginate{TDocument, TResource}(FirstPage{TDocument}, PagingOptions?)"/>
    public CollectionPager<FetchCalendarEventsResponse, CalendarEventResource> Paginate(FirstPage<FetchCalendarEventsResponse> firstPage, PagingOptions? options = null) =>
        Paginate<FetchCalendarEventsResponse, CalendarEventResource>(firstPage, options);

    /// <inheritdoc cref="Paginate{TDocument, TResource}(FirstPage{TDocument}, PagingOptions?)"/>
    public CollectionPager<FetchEmailHistoriesResponse, EmailHistoryResource> Paginate(FirstPage<FetchEmailHistoriesResponse> firstPage, PagingOptions? options = null) =>
        Paginate<FetchEmailHistoriesResponse, EmailHistoryResource>(firstPage, options);

    /// <inheritdoc cref="Paginate{TDocument, TResource}(FirstPage{TDocument}, PagingOptions?)"/>
    public CollectionPager<FetchHealthProfilesResponse, HealthProfileResource> Paginate(FirstPage<FetchHealthProfilesResponse> firstPage, PagingOptions? options = null) =>
        Paginate<FetchHealthProfilesResponse, HealthProfileResource>(firstPage, options);

    /// <inheritdoc cref="Paginate{TDocument, TResource}(FirstPage{TDocument}, PagingOptions?)"/>
    public CollectionPager<FetchHealthProfileQuestionsResponse, HealthProfileQuestionResource> Paginate(FirstPage<FetchHealthProfileQuestionsResponse> firstPage, PagingOptions? options = null) =>
        Paginate<FetchHealthProfileQuestionsResponse, HealthProfileQuestionResource>(firstPage, options);

    /// <inheritdoc cref="Paginate{TDocument, TResource}(FirstPage{TDocument}, PagingOptions?)"/>
    public CollectionPager<FetchHealthProfileAnswersResponse, HealthProfileAnswerResource> Paginate(FirstPage<FetchHealthProfileAnswersResponse> firstPage, PagingOptions? options = null) =>
        Paginate<FetchHealthProfileAnswersResponse, HealthProfileAnswerResource>(firstPage, options);

    /// <inheritdoc cref="Paginate{TDocument, TResource}(FirstPage{TDocument}, PagingOptions?)"/>
    public CollectionPager<FetchHealthQuestionDefinitionsResponse, HealthQuestionDefinitionResource> Paginate(FirstPage<FetchHealthQuestionDefinitionsResponse> firstPage, PagingOptions? options = null) =>
        Paginate<FetchHealthQuestionDefinitionsResponse, HealthQuestionDefinitionResource>(firstPage, options);

    /// <inheritdoc cref="Paginate{TDocument, TResource}(FirstPage{TDocument}, PagingOptions?)"/>
    public CollectionPager<FetchPatientsResponse, PatientResource> Paginate(FirstPage<FetchPatientsResponse> firstPage, PagingOptions? options = null) =>
        Paginate<FetchPatientsResponse, PatientResource>(firstPage, options);

    /// <inheritdoc cref="Paginate{TDocument, TResource}(FirstPage{TDocument}, PagingOptions?)"/>
    public CollectionPager<FetchPatientPlanSummariesResponse, PatientPlanSummaryResource> Paginate(FirstPage<FetchPatientPlanSummariesResponse> firstPage, PagingOptions? options = null) =>
        Paginate<FetchPatientPlanSummariesResponse, PatientPlanSummaryResource>(firstPage, options);

    /// <inheritdoc cref="Paginate{TDocument, TResource}(FirstPage{TDocument}, PagingOptions?)"/>
    public CollectionPager<FetchRewardProgramActivationsResponse, RewardProgramActivationResource> Paginate(FirstPage<FetchRewardProgramActivationsResponse> firstPage, PagingOptions? options = null) =>
        Paginate<FetchRewardProgramActivationsResponse, RewardProgramActivationResource>(firstPage, options);

    /// <inheritdoc cref="Paginate{TDocument, TResource}(FirstPage{TDocument}, PagingOptions?)"/>
    public CollectionPager<FetchRewardsResponse, RewardResource> Paginate(FirstPage<FetchRewardsResponse> firstPage, PagingOptions? options = null) =>
        Paginate<FetchRewardsResponse, RewardResource>(firstPage, options);

    /// <inheritdoc cref="Paginate{TDocument, TResource}(FirstPage{TDocument}, PagingOptions?)"/>
    public CollectionPager<FetchRewardEarningsResponse, RewardEarningResource> Paginate(FirstPage<FetchRewardEarningsResponse> firstPage, PagingOptions? options = null) =>
        Paginate<FetchRewardEarningsResponse, RewardEarningResource>(firstPage, options);

    /// <inheritdoc cref="Paginate{TDocument, TResource}(FirstPage{TDocument}, PagingOptions?)"/>
    public CollectionPager<FetchRewardEarningFulfillmentsResponse, RewardEarningFulfillmentResource> Paginate(FirstPage<FetchRewardEarningFulfillmentsResponse> firstPage, PagingOptions? options = null) =>
        Paginate<FetchRewardEarningFulfillmentsResponse, RewardEarningFulfillmentResource>(firstPage, options);

    /// <inheritdoc cref="Paginate{TDocument, TResource}(FirstPage{TDocument}, PagingOptions?)"/>
    public CollectionPager<FetchPatientHealthMetricsResponse, PatientHealthMetricResource> Paginate(FirstPage<FetchPatientHealthMetricsResponse> firstPage, PagingOptions? options = null) =>
        Paginate<FetchPatientHealthMetricsResponse, PatientHealthMetricResource>(firstPage, options);

    /// <inheritdoc cref="Paginate{TDocument, TResource}(FirstPage{TDocument}, PagingOptions?)"/>
    public CollectionPager<FetchPatientHealthResultsResponse, PatientHealthResultResource> Paginate(FirstPage<FetchPatientHealthResultsResponse> firstPage, PagingOptions? options = null) =>
        Paginate<FetchPatientHealthResultsResponse, PatientHealthResultResource>(firstPage, options);
}
