using FitbitPlus.Mock.Spec;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Store;

/// <summary>Adds <c>links.self</c> to the types whose spec resource declares it (read from the embedded spec).</summary>
internal static class ResourceLinks
{
    private static readonly Lazy<HashSet<string>> TypesWithLinks = new(() => DeclaringSelf(ApiSpec.Embedded));

    /// <summary>Sets <c>links.self</c> (relative, under <c>/pub/</c>) when the type has links.</summary>
    public static void Apply(JObject resource, string type, string id)
    {
        if (!TypesWithLinks.Value.Contains(type))
        {
            return;
        }

        var links = resource["links"] as JObject ?? new JObject();
        links["self"] = $"/pub/{type}/{id}";
        resource["links"] = links;
    }

    /// <summary>The types (first path segment) whose answered resource declares <c>links.self</c>.</summary>
    public static HashSet<string> DeclaringSelf(ApiSpec spec)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in spec.Operations.Where(o => o.Path.Trim('/').Split('/') is [_] or [_, "{id}"]))
        {
            foreach (var (status, _) in operation.Responses.Where(r => r.Status is >= 200 and < 300))
            {
                var data = spec.Property(operation.ResponseSchema(status), "data");
                var resource = spec.Resolve(data?["items"]) ?? data;
                var links = spec.Property(resource, "links");
                if (links?["properties"]?["self"] is not null)
                {
                    types.Add(operation.Path.Trim('/').Split('/')[0]);
                }
            }
        }

        return types;
    }
}
