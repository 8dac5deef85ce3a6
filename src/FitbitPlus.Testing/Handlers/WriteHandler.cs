using FitbitPlus.Mock.JsonApi;
using FitbitPlus.Mock.Routing;
using FitbitPlus.Mock.Store;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Handlers;

/// <summary>Serves POST (create), PATCH (update), PUT (patient upsert) and DELETE against the store.</summary>
internal sealed class WriteHandler
{
    private readonly ResourceStore _store;
    private readonly ResourceValidator _validator;
    private readonly CreateEffects _effects;
    private readonly TimeProvider _time;

    /// <summary>Creates the handler.</summary>
    public WriteHandler(ResourceStore store, TimeProvider time)
    {
        _store = store;
        _validator = new ResourceValidator(store);
        _effects = new CreateEffects(store);
        _time = time;
    }

    /// <summary>POST: validates, derives server-owned members and inserts.</summary>
    public MockResponse Create(RequestContext context)
    {
        var type = context.Route.ResourceType;
        var data = ResourceValidator.DataOf(context.Body!, type, expectedId: null);
        var created = _store.Atomically(() => Insert(data, type));
        return Written(context, context.Route.SuccessStatus, created);
    }

    /// <summary>PATCH: merges attributes and relationships into the stored resource, then validates the result.</summary>
    public MockResponse Update(RequestContext context)
    {
        var type = context.Route.ResourceType;
        var data = ResourceValidator.DataOf(context.Body!, type, context.Id);
        var updated = _store.Atomically(() =>
        {
            var current = _store.Find(type, context.Id) ?? throw MockApiException.NotFound(type, context.Id);
            var merged = Merge(current, data);
            _validator.Validate(merged);
            CheckUniqueIdentifiers(merged, context.Id);
            return _store.Replace(type, context.Id, _ => merged, _time.GetUtcNow())!;
        });
        return Written(context, 200, updated);
    }

    /// <summary>PUT /patient: updates the patient holding <c>meta.query.identifier</c>, or creates it.</summary>
    public MockResponse Upsert(RequestContext context)
    {
        var body = context.Body!;
        var data = ResourceValidator.DataOf(body, "patient", expectedId: null);
        var query = body["meta"]?["query"] as JObject;
        var identifier = query?["identifier"] as JObject;
        var system = identifier?.Value<string>("system");
        var value = identifier?.Value<string>("value");
        if (string.IsNullOrEmpty(system) || string.IsNullOrEmpty(value))
        {
            throw MockApiException.InvalidBody("/meta/query/identifier", "meta.query.identifier needs system and value.");
        }

        var groups = query!["groups"] as JArray;
        var written = _store.Atomically(() =>
        {
            var existing = _store.All("patient").FirstOrDefault(p => HasIdentifier(p, system, value));
            if (existing is not null)
            {
                var merged = Merge(existing, data);
                _validator.Validate(merged);
                return _store.Replace("patient", existing.Id, _ => merged, _time.GetUtcNow())!;
            }

            var fresh = (JObject)data.DeepClone();
            var attributes = Relationships.AttributesOf(fresh);
            var identifiers = attributes["identifiers"] as JArray ?? [];
            if (!identifiers.Any(i => i?.Value<string>("system") == system && i?.Value<string>("value") == value))
            {
                identifiers.Add(new JObject { ["system"] = system, ["value"] = value });
            }

            attributes["identifiers"] = identifiers;
            var relationships = Relationships.Of(fresh);
            if (relationships["groups"] is null && groups is not null)
            {
                relationships["groups"] = Relationships.ToMany("group", groups.Select(g => g.ToString()));
            }

            return Insert(fresh, "patient");
        });
        return Written(context, 200, written);
    }

    /// <summary>DELETE: removes the resource; 404 when it does not exist.</summary>
    public MockResponse Delete(RequestContext context)
    {
        if (!_store.Delete(context.Route.ResourceType, context.Id))
        {
            throw MockApiException.NotFound(context.Route.ResourceType, context.Id);
        }

        return MockResponse.Empty(context.Route.SuccessStatus);
    }

    private StoredResource Insert(JObject data, string type)
    {
        var resource = new JObject
        {
            ["type"] = type,
            ["attributes"] = data["attributes"]?.DeepClone() ?? new JObject(),
            ["relationships"] = data["relationships"]?.DeepClone() ?? new JObject(),
        };
        _validator.Validate(resource);
        StripReadOnly(resource, type);
        foreach (var empty in Relationships.Of(resource).Properties().Where(p => p.Value is JObject { } o && o["data"] is null).ToList())
        {
            empty.Remove();
        }

        CheckUniqueIdentifiers(resource, ownId: null);
        var now = _time.GetUtcNow();
        _effects.BeforeInsert(resource, now);
        var created = _store.Insert(type, resource, now);
        _effects.AfterInsert(created, now);
        return created;
    }

    private JObject Merge(StoredResource current, JObject data)
    {
        var merged = current.Copy();
        var rules = ResourceTypeCatalog.For(current.Type);
        var attributes = Relationships.AttributesOf(merged);
        foreach (var property in (data["attributes"] as JObject)?.Properties() ?? [])
        {
            if (!rules.ReadOnlyAttributes.Contains(property.Name))
            {
                attributes[property.Name] = property.Value.DeepClone();
            }
        }

        var relationships = Relationships.Of(merged);
        foreach (var property in (data["relationships"] as JObject)?.Properties() ?? [])
        {
            // Non-object relationships are kept so that validation names them.
            if (property.Value is not JObject relationship || relationship["data"] is not null)
            {
                relationships[property.Name] = property.Value.DeepClone();
            }
        }

        if (current.Type == "patient")
        {
            attributes["updated_at"] = JsonValues.Format(_time.GetUtcNow());
        }

        return merged;
    }

    private void CheckUniqueIdentifiers(JObject resource, string? ownId)
    {
        if (resource.Value<string>("type") != "patient")
        {
            return;
        }

        foreach (var identifier in (resource["attributes"]?["identifiers"] as JArray ?? []).OfType<JObject>().Where(i => i.Value<bool?>("unique") == true))
        {
            var system = identifier.Value<string>("system");
            var value = identifier.Value<string>("value");
            if (_store.All("patient").Any(p => p.Id != ownId && HasIdentifier(p, system, value)))
            {
                throw MockApiException.InvalidBody("/data/attributes/identifiers", $"Another patient already holds the unique identifier {system}|{value}.");
            }
        }
    }

    private static bool HasIdentifier(StoredResource patient, string? system, string? value) =>
        (patient.Attributes["identifiers"] as JArray ?? []).Any(i => i?.Value<string>("system") == system && i?.Value<string>("value") == value);

    private static void StripReadOnly(JObject resource, string type)
    {
        var attributes = Relationships.AttributesOf(resource);
        foreach (var name in ResourceTypeCatalog.For(type).ReadOnlyAttributes)
        {
            attributes.Remove(name);
        }
    }

    private static MockResponse Written(RequestContext context, int status, StoredResource resource) =>
        MockResponse.Document(status, Documents.Single(context.RequestId, resource.Copy()));
}
