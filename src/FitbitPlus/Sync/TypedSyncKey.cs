using System.Collections.Concurrent;
using System.Reflection;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Sync;

/// <summary>
/// Reads <c>id</c> and <c>attributes.updated_at</c> of a generated resource class: the typed member when the spec
/// declares it, otherwise the member kept in <c>AdditionalProperties</c>, so a typed run recognises exactly the
/// versions the JSON run would.
/// </summary>
internal static class TypedSyncKey
{
    private static readonly ConcurrentDictionary<Type, Func<object, (string?, DateTimeOffset?)>> Readers = new();

    /// <summary>The key reader of <typeparamref name="TResource"/>.</summary>
    public static Func<TResource, (string? Id, DateTimeOffset? UpdatedAt)> For<TResource>()
        where TResource : class
    {
        var reader = Readers.GetOrAdd(typeof(TResource), Build);
        return resource => reader(resource);
    }

    private static Func<object, (string?, DateTimeOffset?)> Build(Type type)
    {
        var id = type.GetProperty("Id", BindingFlags.Public | BindingFlags.Instance);
        var attributes = type.GetProperty("Attributes", BindingFlags.Public | BindingFlags.Instance);
        var updatedAt = attributes?.PropertyType.GetProperty("UpdatedAt", BindingFlags.Public | BindingFlags.Instance);
        var extra = attributes?.PropertyType.GetProperty("AdditionalProperties", BindingFlags.Public | BindingFlags.Instance);
        return resource =>
        {
            var idValue = id?.GetValue(resource) as string;
            var attributeValue = attributes?.GetValue(resource);
            if (attributeValue is null)
            {
                return (idValue, null);
            }

            if (updatedAt?.GetValue(attributeValue) is DateTimeOffset typed)
            {
                return (idValue, typed);
            }

            var kept = extra?.GetValue(attributeValue) as IDictionary<string, JToken>;
            return (idValue, kept is not null && kept.TryGetValue("updated_at", out var token) ? SyncTracker.ParseUpdatedAt(token) : null);
        };
    }
}
