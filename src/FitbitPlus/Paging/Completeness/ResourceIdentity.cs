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
            return r => r is JObject o ? (Text(o, "type"), Text(o, "id")) : (null, null);
        }

        // Generated resources all have Type and Id string properties but share no interface.
        var type = Getter("Type");
        var id = Getter("Id");
        return r => (type?.Invoke(r), id?.Invoke(r));
    }

    // The page reader rejects non-string ids already; this keeps a resource built elsewhere from escaping as ArgumentException.
    private static string? Text(JObject resource, string member) => resource[member] switch
    {
        null or { Type: JTokenType.Null } => null,
        JValue { Type: JTokenType.String } value => (string?)value,
        var other => throw new FitbitPlusException($"A {resource["type"]?.Type.ToString() ?? "resource"} in the page has a '{member}' that is a JSON {other.Type}, not a string."),
    };

    private static Func<TResource, string?>? Getter(string name) =>
        typeof(TResource).GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is { PropertyType: var t, GetMethod: { } get } && t == typeof(string)
            ? get.CreateDelegate<Func<TResource, string?>>()
            : null;
}
