using FitbitPlus.Mock.JsonApi;
using FitbitPlus.Mock.Routing;
using FitbitPlus.Mock.Store;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Filtering;

/// <summary>Checks the filter parameters of a list request and turns them into one predicate.</summary>
internal sealed class FilterEvaluator
{
    private readonly ResourceGraph _graph;
    private readonly string _organizationId;

    /// <summary>Creates the evaluator.</summary>
    public FilterEvaluator(ResourceGraph graph, string organizationId)
    {
        _graph = graph;
        _organizationId = organizationId;
    }

    /// <summary>Validates the request's filters against the route and returns the combined predicate.</summary>
    public Func<StoredResource, bool> Build(RouteDefinition route, QueryParameters query)
    {
        foreach (var pair in query.Pairs.Where(p => p.Key.StartsWith("filter[", StringComparison.Ordinal)))
        {
            if (!route.Filters.Any(f => f.Parameter == pair.Key))
            {
                throw MockApiException.BadParameter(pair.Key, $"{pair.Key} is not a filter of {route.OperationId}.");
            }
        }

        foreach (var required in route.RequiredFilters.Where(r => string.IsNullOrEmpty(query.Get(r))))
        {
            throw MockApiException.InvalidParameter(required, $"{required} is required.");
        }

        if (route.OneOfFilters.Count > 0 && route.OneOfFilters.All(f => string.IsNullOrEmpty(query.Get(f))))
        {
            var named = route.OneOfFilters.Contains("filter[organization]") ? "filter[organization]" : route.OneOfFilters[0];
            throw MockApiException.InvalidParameter(
                named, $"One of the following filters must be specified: {string.Join(", ", route.OneOfFilters)}.");
        }

        var predicates = new List<Func<StoredResource, bool>>();
        foreach (var filter in route.Filters)
        {
            var value = query.Get(filter.Parameter);
            if (value is not null && (filter.Kind != FilterKind.Identifier || filter.Parameter.EndsWith("[system]", StringComparison.Ordinal)))
            {
                predicates.Add(Predicate(filter, value, query));
            }
            else if (value is not null)
            {
                RequireIdentifierPair(query);
            }
        }

        return resource => predicates.TrueForAll(p => p(resource));
    }

    private Func<StoredResource, bool> Predicate(FilterDefinition filter, string value, QueryParameters query)
    {
        var list = SplitList(value);
        switch (filter.Kind)
        {
            case FilterKind.Organization:
                return _ => list.Contains(_organizationId);
            case FilterKind.Groups:
                return r => _graph.GroupIdsOf(r).Any(list.Contains);
            case FilterKind.Patient:
                return r => _graph.PatientIdsOf(r).Any(list.Contains);
            case FilterKind.Relationship:
                return r => r.Related(filter.Path!).Any(x => list.Contains(x.Id));
            case FilterKind.AttributeIn:
                return r => r.Attributes[filter.Path!]?.Type is JTokenType.String && list.Contains(r.Attributes.Value<string>(filter.Path!)!);
            case FilterKind.Boolean:
                var flag = ParseBoolean(filter.Parameter, value);
                return r => (r.Attributes[filter.Path!]?.Type == JTokenType.Boolean && r.Attributes.Value<bool>(filter.Path!)) == flag;
            case FilterKind.Completed:
                var completed = ParseBoolean(filter.Parameter, value);
                return r => IsSet(r.Attributes["completed_at"]) == completed;
            case FilterKind.ReadyForFulfillment:
                var ready = ParseBoolean(filter.Parameter, value);
                return r => r.Attributes.Value<bool?>("ready_for_fulfillment") == ready && !IsSet(r.Attributes["fulfilled_at"]);
            case FilterKind.Attendees:
                return r => ResourceGraph.AttendeeIds(r).Concat(r.Related("owner").Select(o => o.Id)).Any(list.Contains);
            case FilterKind.DateRange:
                var range = DateTimeRange.Parse(filter.Parameter, value);
                return r => InstantOf(r, filter.Path!) is { } instant && range.Contains(instant);
            case FilterKind.DateFrom:
                var from = DateTimeRange.ParseInstant(filter.Parameter, value);
                return r => InstantOf(r, filter.Path!) is { } instant && instant >= from;
            case FilterKind.DateBefore:
                var before = DateTimeRange.ParseInstant(filter.Parameter, value);
                return r => InstantOf(r, filter.Path!) is { } instant && instant < before;
            case FilterKind.Identifier:
                var identifierValue = RequireIdentifierPair(query);
                return r => (r.Attributes["identifiers"] as JArray ?? [])
                    .Any(i => i?.Value<string>("system") == value && i?.Value<string>("value") == identifierValue);
            default:
                throw new InvalidOperationException($"Unknown filter kind {filter.Kind}.");
        }
    }

    private static string RequireIdentifierPair(QueryParameters query)
    {
        const string System = "filter[identifier][system]";
        const string Value = "filter[identifier][value]";
        if (string.IsNullOrEmpty(query.Get(System)))
        {
            throw MockApiException.InvalidParameter(System, $"{System} is required with {Value}.");
        }

        var value = query.Get(Value);
        if (string.IsNullOrEmpty(value))
        {
            throw MockApiException.InvalidParameter(Value, $"{Value} is required with {System}.");
        }

        return value;
    }

    private static HashSet<string> SplitList(string value) =>
        new(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);

    private static bool ParseBoolean(string parameter, string value) => value.ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => throw MockApiException.BadParameter(parameter, $"{parameter} must be true or false, not '{value}'."),
    };

    private static bool IsSet(JToken? token) => token is not null && token.Type != JTokenType.Null;

    private static DateTimeOffset? InstantOf(StoredResource resource, string path) => path switch
    {
        "@created_at" => resource.CreatedAt,
        "@updated_at" => resource.UpdatedAt,
        _ => JsonValues.AsInstant(resource.Attributes[path]),
    };
}
