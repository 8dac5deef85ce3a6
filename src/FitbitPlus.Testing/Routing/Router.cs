using FitbitPlus.Mock.JsonApi;

namespace FitbitPlus.Mock.Routing;

/// <summary>Finds the route of a request, or raises the JSON:API 404/405 the API would answer.</summary>
internal static class Router
{
    /// <summary>The path prefix every operation lives under.</summary>
    public const string BasePath = "/pub/";

    /// <summary>Matches method and path against the embedded spec's routes; throws <see cref="MockApiException"/> when nothing matches.</summary>
    public static RouteMatch Match(string method, string path) => Match(method, path, SpecRoutes.Embedded);

    /// <summary>Matches method and path against <paramref name="routes"/>; throws <see cref="MockApiException"/> when nothing matches.</summary>
    public static RouteMatch Match(string method, string path, IReadOnlyList<RouteDefinition> routes)
    {
        if (!path.StartsWith(BasePath, StringComparison.Ordinal))
        {
            throw new MockApiException(404, ErrorCodes.ResourceNotFound, $"No route for {method} {path}: paths start with {BasePath}.");
        }

        var segments = path[BasePath.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var pathMatched = false;
        foreach (var route in routes)
        {
            var id = MatchSegments(route.Segments, segments, out var matched);
            if (!matched)
            {
                continue;
            }

            pathMatched = true;
            if (route.Method == method)
            {
                return new RouteMatch(route, id);
            }
        }

        if (pathMatched)
        {
            throw new MockApiException(405, ErrorCodes.MethodNotAllowed, $"{method} is not allowed on {path}.");
        }

        throw new MockApiException(404, ErrorCodes.ResourceNotFound, $"No route for {method} {path}.");
    }

    private static string? MatchSegments(string[] template, string[] actual, out bool matched)
    {
        matched = false;
        if (template.Length != actual.Length)
        {
            return null;
        }

        string? id = null;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == "{id}")
            {
                id = Uri.UnescapeDataString(actual[i]);
            }
            else if (template[i] != actual[i])
            {
                return null;
            }
        }

        matched = true;
        return id;
    }
}
