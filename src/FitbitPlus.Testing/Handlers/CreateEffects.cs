using FitbitPlus.Mock.JsonApi;
using FitbitPlus.Mock.Store;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Handlers;

/// <summary>
/// The server-side consequences of creating a resource, as the publisher describes them (derived read-only
/// attributes, back-references, calendar event responses folded into their event). Runs under the store lock.
/// </summary>
internal sealed class CreateEffects
{
    private readonly ResourceStore _store;

    /// <summary>Creates the effects over a store.</summary>
    public CreateEffects(ResourceStore store) => _store = store;

    /// <summary>Fills server-owned members of a resource about to be inserted.</summary>
    public void BeforeInsert(JObject resource, DateTimeOffset now)
    {
        var attributes = Relationships.AttributesOf(resource);
        var relationships = Relationships.Of(resource);
        switch (resource.Value<string>("type"))
        {
            case "patient":
                attributes["updated_at"] = JsonValues.Format(now);
                attributes["archived"] ??= false;
                relationships["coaches"] ??= Relationships.ToMany("coach", []);
                break;
            case "calendar_event":
                foreach (var attendee in (attributes["attendees"] as JArray ?? []).OfType<JObject>())
                {
                    attendee["response_status"] ??= "needsAction";
                }

                break;
            case "reward_program_activation":
                var program = Find(resource, "reward_program");
                var programAttributes = program?.Attributes ?? new JObject();
                attributes["fulfill_as_earned"] ??= programAttributes["fulfill_as_earned"] ?? false;
                attributes["budget_unit"] ??= programAttributes["budget_unit"];
                attributes["active"] = JsonValues.IsMissing(attributes["deactivated_at"]);
                if (JsonValues.AsInstant(attributes["activated_at"]) is { } activated && programAttributes.Value<double?>("duration_active") is { } days)
                {
                    attributes["expires_at"] = JsonValues.Format(activated.AddDays(days));
                }

                attributes["allocated_count"] = 0;
                attributes["total_allocated_value"] = 0;
                attributes["earned_count"] = 0;
                attributes["total_earned_value"] = 0;
                break;
            case "reward":
                var activation = Find(resource, "reward_program_activation");
                CopyRelationship(activation, relationships, "patient");
                attributes["allocated_unit"] ??= activation?.Attributes["budget_unit"];
                break;
            case "reward_earning":
                var reward = Find(resource, "reward");
                CopyRelationship(reward, relationships, "patient");
                CopyRelationship(reward, relationships, "reward_program_activation");
                var rewardActivation = reward is null ? null : First(reward, "reward_program_activation");
                var rewardProgram = rewardActivation is null ? null : First(rewardActivation, "reward_program");
                CopyRelationship(rewardProgram, relationships, "group");
                attributes["earned_unit"] ??= reward?.Attributes["allocated_unit"];
                attributes["ready_for_fulfillment"] = rewardActivation?.Attributes.Value<bool?>("fulfill_as_earned") == true
                    || rewardActivation?.Attributes.Value<bool?>("active") == false;
                break;
            case "reward_earning_fulfillment":
                var earning = Find(resource, "reward_earning");
                CopyRelationship(earning, relationships, "patient");
                attributes["fulfilled_unit"] ??= earning?.Attributes["earned_unit"];
                break;
        }

        RemoveNulls(attributes);
    }

    /// <summary>Applies the consequences of an inserted resource to other resources.</summary>
    public void AfterInsert(StoredResource created, DateTimeOffset now)
    {
        switch (created.Type)
        {
            case "calendar_event_response":
                var user = created.Related("user").Select(u => u.Id).FirstOrDefault() ?? created.Attributes["attendee"]?.Value<string>("user");
                var status = created.Attributes.Value<string>("response_status");
                foreach (var (type, id) in created.Related("calendar_event"))
                {
                    _store.Replace(type, id, current => WithAttendeeStatus(current.Copy(), user, status), now);
                }

                break;
            case "reward_earning_fulfillment":
                foreach (var (type, id) in created.Related("reward_earning"))
                {
                    _store.Replace(type, id, current =>
                    {
                        var copy = current.Copy();
                        var attributes = Relationships.AttributesOf(copy);
                        attributes["fulfilled_value"] = created.Attributes["fulfilled_value"];
                        attributes["fulfilled_at"] = created.Attributes["fulfilled_at"];
                        return copy;
                    }, now);
                }

                break;
            case "action":
            case "bundle":
                foreach (var (type, id) in created.Related("plan"))
                {
                    _store.Replace(type, id, current => WithMember(current.Copy(), created.Type + "s", created.Type, created.Id), now);
                }

                break;
        }
    }

    private static JObject WithAttendeeStatus(JObject calendarEvent, string? user, string? status)
    {
        var attendees = Relationships.AttributesOf(calendarEvent)["attendees"] as JArray ?? [];
        foreach (var attendee in attendees.OfType<JObject>().Where(a => a.Value<string>("user") == user))
        {
            attendee["response_status"] = status;
        }

        return calendarEvent;
    }

    private static JObject WithMember(JObject parent, string relationship, string type, string id)
    {
        var relationships = Relationships.Of(parent);
        var data = relationships[relationship]?["data"] as JArray ?? [];
        data.Add(Relationships.Identifier(type, id));
        relationships[relationship] = new JObject { ["data"] = data };
        return parent;
    }

    private StoredResource? Find(JObject resource, string relationship)
    {
        var data = resource["relationships"]?[relationship]?["data"] as JObject;
        return data?.Value<string>("type") is { } type && data.Value<string>("id") is { } id ? _store.Find(type, id) : null;
    }

    private StoredResource? First(StoredResource resource, string relationship) =>
        resource.Related(relationship).Select(r => _store.Find(r.Type, r.Id)).FirstOrDefault();

    private static void CopyRelationship(StoredResource? source, JObject target, string name)
    {
        if (target[name] is null && source?.Resource["relationships"]?[name] is JObject relationship)
        {
            target[name] = relationship.DeepClone();
        }
    }

    private static void RemoveNulls(JObject attributes)
    {
        foreach (var property in attributes.Properties().Where(p => p.Value.Type == JTokenType.Null && p.Name is "budget_unit" or "allocated_unit" or "earned_unit" or "fulfilled_unit").ToList())
        {
            property.Remove();
        }
    }
}
