using FitbitPlus.Mock;
using FitbitPlus.Mock.Spec;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Mock.Contract;

/// <summary>
/// Builds requests for any operation of the spec from the spec and the mock's seed: ids of the path's type, the
/// operation's declared id filters, write bodies copied from a seeded resource of the type. Nothing names an operation
/// except the two whose bodies are not resources (createToken, upsertPatient).
/// </summary>
internal sealed class ContractRequests
{
    private readonly FitbitPlusMockServer _server;
    private readonly ApiSpec _spec;
    private readonly string _tokenId;

    public ContractRequests(FitbitPlusMockServer server, ApiSpec spec, string tokenId)
    {
        _server = server;
        _spec = spec;
        _tokenId = tokenId;
    }

    /// <summary>Candidate valid requests, simplest first; the first answered 2xx is the one checked.</summary>
    public IEnumerable<ContractRequest> Valid(SpecOperation operation)
    {
        var segments = operation.Path.Trim('/').Split('/');
        var type = segments[0] == "oauth" ? "token" : segments[0];
        var path = operation.Path.Trim('/').Replace("{id}", IdOf(type), StringComparison.Ordinal);
        switch (operation.Method)
        {
            case "GET":
                foreach (var query in Queries(operation))
                {
                    yield return new ContractRequest("GET", query.Length == 0 ? path : path + "?" + query);
                }

                break;
            case "POST" when type == "token":
                yield return new ContractRequest("POST", path, MockHttp.ClientCredentialsBody(_server), Authorized: false);
                break;
            case "POST":
                yield return new ContractRequest("POST", path, Copy(type, keepId: false));
                yield return new ContractRequest("POST", path, FromSchema(type, operation.BodySchema));
                break;
            case "PATCH":
                yield return new ContractRequest("PATCH", path, new JObject { ["data"] = new JObject { ["type"] = type, ["id"] = IdOf(type), ["attributes"] = new JObject() } }.ToString());
                break;
            case "PUT":
                yield return new ContractRequest("PUT", path, Upsert(type));
                break;
            case "DELETE":
                yield return new ContractRequest("DELETE", path);
                break;
        }
    }

    /// <summary>One invalid request and the status it must get: unknown id (404), invalid parameter or body (409), or no token (401).</summary>
    public (ContractRequest Request, int Status)? Invalid(SpecOperation operation)
    {
        var declared = operation.Statuses.ToHashSet();
        var path = operation.Path.Trim('/');
        if (declared.Contains(404) && path.Contains("{id}", StringComparison.Ordinal))
        {
            var body = operation.Method is "PATCH" ? new JObject { ["data"] = new JObject { ["type"] = path.Split('/')[0], ["id"] = "none-such", ["attributes"] = new JObject() } }.ToString() : null;
            return (new ContractRequest(operation.Method, path.Replace("{id}", "none-such", StringComparison.Ordinal), body), 404);
        }

        var concrete = path.Replace("{id}", IdOf(path.Split('/')[0]), StringComparison.Ordinal);
        if (declared.Contains(409))
        {
            return operation.Method == "GET"
                ? (new ContractRequest("GET", concrete + "?filter[none_such]=1"), 409)
                : (new ContractRequest(operation.Method, concrete, """{"data":{"type":"none_such"}}""", Authorized: !IsToken(path)), 409);
        }

        return declared.Contains(401) ? (new ContractRequest(operation.Method, concrete, Authorized: false), 401) : null;
    }

    private static bool IsToken(string path) => path.StartsWith("oauth/", StringComparison.Ordinal);

    private string IdOf(string type) => type switch
    {
        "token" or "oauth" => _tokenId,
        _ => _server.Store.Ids(type).FirstOrDefault() ?? "none",
    };

    // No filter, then each declared id filter alone, then each pair: some operations need one of several, some two.
    private IEnumerable<string> Queries(SpecOperation operation)
    {
        var filters = operation.QueryNames
            .Where(n => n.StartsWith("filter[", StringComparison.Ordinal))
            .Select(n => (Name: n, Value: FilterValue(n[7..^1])))
            .Where(f => f.Value is not null)
            .Select(f => $"{f.Name}={f.Value}")
            .ToList();
        yield return string.Empty;
        foreach (var one in filters)
        {
            yield return one;
        }

        for (var i = 0; i < filters.Count; i++)
        {
            for (var j = i + 1; j < filters.Count; j++)
            {
                yield return filters[i] + "&" + filters[j];
            }
        }
    }

    private string? FilterValue(string name) => name switch
    {
        "organization" => _server.Store.OrganizationId,
        "patient" or "receiver" or "sender" or "attendees" => _server.Store.PatientIds[0],
        _ when _server.Store.Ids(name.TrimEnd('s')).FirstOrDefault() is { } id => id,
        _ => null,
    };

    private string Copy(string type, bool keepId)
    {
        var stored = _server.Store.Find(type, IdOf(type)) ?? new JObject { ["type"] = type, ["attributes"] = new JObject() };
        stored.Remove("links");
        stored.Remove("meta");
        if (!keepId)
        {
            stored.Remove("id");
        }

        // A copy must not claim another resource's unique identifiers.
        (stored["attributes"] as JObject)?.Remove("identifiers");
        return new JObject { ["data"] = stored }.ToString();
    }

    // A body built from the operation's schema: required attributes, and every typed relationship pointing to a seeded resource.
    private string FromSchema(string type, JObject? bodySchema)
    {
        var data = _spec.Property(bodySchema, "data");
        var attributes = new JObject();
        var attributesSchema = _spec.Property(data, "attributes");
        foreach (var name in (attributesSchema?["required"] as JArray ?? []).Select(n => n.ToString()))
        {
            attributes[name] = Sample(_spec.Property(attributesSchema, name));
        }

        var relationships = new JObject();
        foreach (var property in (_spec.Resolve(_spec.Property(data, "relationships"))?["properties"] as JObject ?? []).Properties())
        {
            var target = property.Value.Value<string>("x-fitbitplus-type");
            if (target is not null && _server.Store.Ids(target).FirstOrDefault() is { } id)
            {
                var identifier = new JObject { ["type"] = target, ["id"] = id };
                relationships[property.Name] = new JObject { ["data"] = _spec.Resolve(property.Value)?["properties"]?["data"]?.Value<string>("type") == "array" ? new JArray(identifier) : identifier };
            }
        }

        return new JObject { ["data"] = new JObject { ["type"] = type, ["attributes"] = attributes, ["relationships"] = relationships } }.ToString();
    }

    private static JToken Sample(JObject? schema) => schema?.Value<string>("type") switch
    {
        "string" when schema["x-known-values"] is JArray { Count: > 0 } known => known[0]!.DeepClone(),
        "string" when schema.Value<string>("format") == "date-time" => "2025-01-01T00:00:00Z",
        "string" => "contract",
        "number" or "integer" => 1,
        "boolean" => true,
        "array" => new JArray(),
        _ => new JObject(),
    };

    private string Upsert(string type)
    {
        var body = JObject.Parse(Copy(type, keepId: false));
        body["meta"] = new JObject { ["query"] = new JObject { ["identifier"] = new JObject { ["system"] = "contract", ["value"] = "upsert-1" } } };
        return body.ToString();
    }
}
