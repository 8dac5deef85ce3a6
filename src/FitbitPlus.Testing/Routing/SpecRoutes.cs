using FitbitPlus.Mock.Filtering;
using FitbitPlus.Mock.Spec;

namespace FitbitPlus.Mock.Routing;

/// <summary>
/// The routes the mock serves for a spec: every operation of the spec, by its handwritten row in
/// <see cref="RouteTable"/> where the API has real behaviour, otherwise by a generic row derived from the spec
/// (list with the declared paging, sorts and equality filters; fetch, create, update, delete). Statuses and page
/// limits always come from the spec. A row without an operation in the spec is not served.
/// </summary>
internal static class SpecRoutes
{
    private static readonly Lazy<IReadOnlyList<RouteDefinition>> EmbeddedRoutes = new(() => For(ApiSpec.Embedded));

    /// <summary>The routes of the embedded spec.</summary>
    public static IReadOnlyList<RouteDefinition> Embedded => EmbeddedRoutes.Value;

    /// <summary>The routes of <paramref name="spec"/>.</summary>
    public static IReadOnlyList<RouteDefinition> For(ApiSpec spec)
    {
        var handwritten = RouteTable.All.ToDictionary(r => r.OperationId, StringComparer.Ordinal);
        var routes = new List<RouteDefinition>();
        foreach (var operation in spec.Operations)
        {
            var route = handwritten.TryGetValue(operation.OperationId, out var row) ? row : Generic(spec, operation);
            if (route is null)
            {
                continue;
            }

            routes.Add(route with
            {
                SuccessStatus = operation.DocumentedSuccess ?? route.SuccessStatus,
                MaxPageSize = operation.MaxPageSize,
            });
        }

        return routes;
    }

    private static RouteDefinition? Generic(ApiSpec spec, SpecOperation operation)
    {
        var template = operation.Path.TrimStart('/');
        var segments = template.Split('/');
        var type = segments[0];
        var kind = (operation.Method, segments.Length) switch
        {
            ("GET", 1) => RouteKind.List,
            ("GET", 2) => RouteKind.Fetch,
            ("POST", 1) => RouteKind.Create,
            ("PATCH", 2) => RouteKind.Update,
            ("DELETE", 2) => RouteKind.Delete,
            ("GET", 3) => IsCollection(spec, operation) ? RouteKind.RelatedCollection : RouteKind.RelatedSingle,
            _ => (RouteKind?)null,
        };
        if (kind is null || (segments.Length >= 2 && segments[1] != "{id}"))
        {
            return null;
        }

        var route = new RouteDefinition(operation.OperationId, operation.Method, template, kind.Value, kind is RouteKind.RelatedCollection or RouteKind.RelatedSingle ? segments[2] : type)
        {
            Includes = operation.KnownValues("include"),
            Sorts = operation.KnownValues("sort").Select(s => s.TrimStart('-')).Distinct().ToList(),
            SuccessStatus = operation.Statuses.Where(s => s is >= 200 and < 300).DefaultIfEmpty(200).Min(),
            Filters = operation.QueryNames.Where(n => n.StartsWith("filter[", StringComparison.Ordinal)).Select(n => Filter(spec, operation, n)).ToList(),
            RequiredFilters = operation.QueryNames.Where(n => n.StartsWith("filter[", StringComparison.Ordinal) && operation.Query(n)!.Value<bool?>("required") == true).ToList(),
        };
        return kind is RouteKind.RelatedCollection or RouteKind.RelatedSingle ? route with { ParentType = type, Relationship = segments[2] } : route;
    }

    // Equality on the relationship of that name when the resource declares one, else on the attribute.
    private static FilterDefinition Filter(ApiSpec spec, SpecOperation operation, string parameter)
    {
        var name = parameter["filter[".Length..].TrimEnd(']');
        var resource = spec.Property(operation.ResponseSchema(200), "data") is { } data ? spec.Resolve(data["items"]) ?? data : null;
        var isRelationship = spec.Property(spec.Property(resource, "relationships"), name) is not null;
        return new FilterDefinition(parameter, isRelationship ? FilterKind.Relationship : FilterKind.AttributeIn, name);
    }

    private static bool IsCollection(ApiSpec spec, SpecOperation operation) =>
        spec.Property(operation.ResponseSchema(200), "data")?.Value<string>("type") == "array";
}
