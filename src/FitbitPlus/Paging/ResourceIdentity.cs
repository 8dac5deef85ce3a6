using System.Reflection;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Paging;

/// <summary>Reads a resource's JSON:API (type, id), once per resource class, for duplicate detection.</summary>
internal static class ResourceIdentity<TResource>
{
    private static readonly Func<TResource, (string? Type, string? Id)> Reader = Create();

    public static (string? Type, string? Id) Of(TResource resource) => Reader(resource);

    private static Func<TResource, (string? Type, string? Id)> Create()
    {
        if (typeof(TResource) == typeof(JObject))
        {
            return r => r is JObject o ? ((string?)o["type"], (string?)o["id"]) : (null, null);
        }

        // Generated resources all have Type and Id string properties but share no interface.
        var type = Getter("Type");
        var id = Getter("Id");
        return r => (type?.Invoke(r), id?.Invoke(r));
    }

    private static Func<TResource, string?>? Getter(string name) =>
        typeof(TResource).GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is { PropertyType: var t, GetMethod: { } get } && t == typeof(string)
            ? get.CreateDelegate<Func<TResource, string?>>()
            : null;
}
