using FitbitPlus.Mock.JsonApi;
using FitbitPlus.Mock.Routing;
using FitbitPlus.Mock.Store;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Handlers;

/// <summary>Checks resource documents sent by clients; failures are 409 InvalidBodyParameter with a JSON pointer.</summary>
internal sealed class ResourceValidator
{
    private static readonly string[] CalendarEventTypes = ["plan-check-in", "reminder", "telephone-call", "office-visit", "video-call"];
    private static readonly string[] ResponseStatuses = ["accepted", "declined", "tentative"];

    private readonly ResourceStore _store;

    /// <summary>Creates the validator.</summary>
    public ResourceValidator(ResourceStore store) => _store = store;

    /// <summary>The <c>data</c> object of a body, checked for type (and id when <paramref name="expectedId"/> is given).</summary>
    public static JObject DataOf(JObject body, string expectedType, string? expectedId)
    {
        if (body["data"] is not JObject data)
        {
            throw MockApiException.InvalidBody("/data", "The body must contain a data object.");
        }

        if (JsonValues.AsString(data["type"]) is var type && type != expectedType)
        {
            throw MockApiException.InvalidBody("/data/type", $"data.type must be '{expectedType}', not '{type}'.");
        }

        if (expectedId is not null && data["id"] is { } id && id.Type != JTokenType.Null && id.ToString() != expectedId)
        {
            throw MockApiException.InvalidBody("/data/id", $"data.id '{id}' does not match the id '{expectedId}' of the path.");
        }

        foreach (var member in new[] { "attributes", "relationships" })
        {
            if (data[member] is { } value && value.Type != JTokenType.Object)
            {
                throw MockApiException.InvalidBody($"/data/{member}", $"data.{member} must be an object.");
            }
        }

        return data;
    }

    /// <summary>Validates a complete resource (after merging an update) against the type's rules.</summary>
    public void Validate(JObject resource)
    {
        var type = resource.Value<string>("type")!;
        var rules = ResourceTypeCatalog.For(type);
        var attributes = resource["attributes"] as JObject ?? new JObject();
        foreach (var name in rules.RequiredAttributes)
        {
            var value = attributes[name];
            if (JsonValues.IsMissing(value) || (value!.Type == JTokenType.String && string.IsNullOrWhiteSpace(value.ToString())))
            {
                throw MockApiException.InvalidBody($"/data/attributes/{name}", $"{name} is required.");
            }
        }

        Check(attributes, rules.DateTimeAttributes, t => JsonValues.AsInstant(t) is not null, "an ISO 8601 date-time");
        Check(attributes, rules.NumberAttributes, JsonValues.IsNumber, "a number");
        Check(attributes, rules.BooleanAttributes, t => t.Type == JTokenType.Boolean, "true or false");
        ValidateRelationships(resource, rules);
        ValidateTypeSpecific(type, attributes);
    }

    private static void Check(JObject attributes, IEnumerable<string> names, Func<JToken, bool> isValid, string expected)
    {
        foreach (var name in names)
        {
            if (!JsonValues.IsMissing(attributes[name]) && !isValid(attributes[name]!))
            {
                throw MockApiException.InvalidBody($"/data/attributes/{name}", $"{name} must be {expected}.");
            }
        }
    }

    private void ValidateRelationships(JObject resource, ResourceTypeRules rules)
    {
        var relationships = resource["relationships"] as JObject ?? new JObject();
        foreach (var name in rules.RequiredRelationships)
        {
            var data = relationships[name]?["data"];
            if (JsonValues.IsMissing(data) || data is JArray { Count: 0 })
            {
                throw MockApiException.InvalidBody($"/data/relationships/{name}", $"Relationship {name} is required.");
            }
        }

        foreach (var property in relationships.Properties())
        {
            var pointer = $"/data/relationships/{property.Name}";
            if (property.Value is not JObject relationship)
            {
                throw MockApiException.InvalidBody(pointer, $"Relationship {property.Name} must be an object.");
            }

            // A relationship object without data (links only) is legal JSON:API and changes nothing.
            var data = relationship["data"];
            if (data is null)
            {
                continue;
            }

            var identifiers = data switch
            {
                JArray many => many.ToList(),
                JObject one => new List<JToken> { one },
                _ when data.Type == JTokenType.Null => new List<JToken>(),
                _ => throw MockApiException.InvalidBody(pointer, $"Relationship {property.Name} data must be an identifier, an array or null."),
            };
            foreach (var identifier in identifiers)
            {
                var type = identifier?.Value<string>("type");
                var id = identifier?.Value<string>("id");
                if (type is null || id is null)
                {
                    throw MockApiException.InvalidBody(pointer, $"Relationship {property.Name} needs type and id.");
                }

                if (!Exists(type, id))
                {
                    throw MockApiException.InvalidBody(pointer, $"Relationship {property.Name} points to unknown {type} '{id}'.");
                }
            }
        }
    }

    // "user" is the publisher's type for any person (its calendar_event_response example uses it): a patient or a coach.
    private bool Exists(string type, string id) =>
        type == "user" ? _store.Find("patient", id) is not null || _store.Find("coach", id) is not null : _store.Find(type, id) is not null;

    private static void ValidateTypeSpecific(string type, JObject attributes)
    {
        switch (type)
        {
            case "calendar_event":
                var eventType = JsonValues.AsString(attributes["type"]);
                if (!CalendarEventTypes.Contains(eventType))
                {
                    throw MockApiException.InvalidBody("/data/attributes/type", $"type must be one of {string.Join(", ", CalendarEventTypes)}.");
                }

                if (attributes["attendees"] is not JArray attendees || attendees.Any(a => a is not JObject || string.IsNullOrEmpty(JsonValues.AsString(a["user"]))))
                {
                    throw MockApiException.InvalidBody("/data/attributes/attendees", "attendees must be an array of objects with a user.");
                }

                // completed_by is a resource identifier object (or null to clear it), never a bare id string.
                if (!JsonValues.IsMissing(attributes["completed_by"])
                    && (attributes["completed_by"] is not JObject completedBy || JsonValues.AsString(completedBy["type"]) is not { Length: > 0 } || JsonValues.AsString(completedBy["id"]) is not { Length: > 0 }))
                {
                    throw MockApiException.InvalidBody("/data/attributes/completed_by", "completed_by must be an object {type, id} or null.");
                }

                if (eventType == "plan-check-in" && (attributes["all_day"]?.Type != JTokenType.Boolean || !attributes.Value<bool>("all_day") || !JsonValues.IsMissing(attributes["end_at"])))
                {
                    throw MockApiException.InvalidBody("/data/attributes/all_day", "A plan-check-in must be all_day and have no end_at.");
                }

                break;
            case "calendar_event_response":
                if (!ResponseStatuses.Contains(JsonValues.AsString(attributes["response_status"])))
                {
                    throw MockApiException.InvalidBody("/data/attributes/response_status", $"response_status must be one of {string.Join(", ", ResponseStatuses)}.");
                }

                break;
            case "reward_program":
                if (JsonValues.AsInstant(attributes["end_at"]) <= JsonValues.AsInstant(attributes["start_at"]))
                {
                    throw MockApiException.InvalidBody("/data/attributes/end_at", "end_at must be after start_at.");
                }

                if (attributes.Value<double>("budget_value") <= 0)
                {
                    throw MockApiException.InvalidBody("/data/attributes/budget_value", "budget_value must be greater than 0.");
                }

                break;
        }
    }
}
