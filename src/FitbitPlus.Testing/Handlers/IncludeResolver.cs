using FitbitPlus.Mock.JsonApi;
using FitbitPlus.Mock.Routing;
using FitbitPlus.Mock.Store;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Handlers;

/// <summary>Validates <c>include=</c> and collects the related resources for <c>included</c>.</summary>
internal sealed class IncludeResolver
{
    private readonly ResourceStore _store;

    /// <summary>Creates the resolver.</summary>
    public IncludeResolver(ResourceStore store) => _store = store;

    /// <summary>The requested relationship names; 400 for names the route does not allow.</summary>
    public static IReadOnlyList<string> Parse(RouteDefinition route, QueryParameters query)
    {
        var raw = query.Get("include");
        if (raw is null)
        {
            return [];
        }

        var names = raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();
        foreach (var name in names.Where(n => !route.Includes.Contains(n)))
        {
            var allowed = route.Includes.Count == 0 ? "none" : string.Join(", ", route.Includes);
            throw MockApiException.BadParameter("include", $"Unknown include '{name}' for {route.OperationId} (allowed: {allowed}).");
        }

        return names;
    }

    /// <summary>Copies of the resources the primaries' relationships point to, without duplicates; null when nothing was requested.</summary>
    public IReadOnlyCollection<JObject>? Resolve(IEnumerable<StoredResource> primaries, IReadOnlyList<string> includes)
    {
        if (includes.Count == 0)
        {
            return null;
        }

        var primaryList = primaries.ToList();
        var seen = new HashSet<(string, string)>(primaryList.Select(p => (p.Type, p.Id)));
        var included = new List<JObject>();
        foreach (var primary in primaryList)
        {
            foreach (var name in includes)
            {
                foreach (var (type, id) in primary.Related(name))
                {
                    if (seen.Add((type, id)) && _store.Find(type, id) is { } related)
                    {
                        included.Add(related.Copy());
                    }
                }
            }
        }

        return included;
    }
}
