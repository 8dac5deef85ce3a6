using FitbitPlus.Mock.Filtering;
using FitbitPlus.Mock.JsonApi;
using FitbitPlus.Mock.Routing;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Store;

/// <summary>
/// Keeps <c>attributes.updated_at</c> equal to the instant <c>filter[updated_at]</c> evaluates, for every type whose list
/// route declares that filter (the API shows it on those resources, as the publisher's examples do). Instants are cut to
/// milliseconds, the precision the mock writes, so a client comparing what it read with the filter sees the same instant.
/// </summary>
internal static class UpdateStamps
{
    private static readonly HashSet<string> StampedTypes = RouteTable.All
        .Where(r => r.Filters.Contains(FilterDefinition.UpdatedAt))
        .Select(r => r.ResourceType)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The instant as the store keeps it: UTC, whole milliseconds.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    /// <summary>Writes <paramref name="updatedAt"/> into the resource's attributes when its type is filterable by update time.</summary>
    public static void Apply(JObject resource, string type, DateTimeOffset updatedAt)
    {
        if (!StampedTypes.Contains(type))
        {
            return;
        }

        if (resource["attributes"] is not JObject attributes)
        {
            attributes = new JObject();
            resource["attributes"] = attributes;
        }

        attributes["updated_at"] = JsonValues.Format(updatedAt);
    }
}
