using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Spec;

/// <summary>One operation of the spec, with the facts the mock serves it by.</summary>
internal sealed class SpecOperation
{
    private readonly ApiSpec _spec;

    /// <summary>Wraps the operation object <paramref name="node"/> found under <paramref name="path"/>.</summary>
    public SpecOperation(ApiSpec spec, string method, string path, JObject node)
    {
        _spec = spec;
        Method = method;
        Path = path;
        Node = node;
        OperationId = node.Value<string>("operationId") ?? method + " " + path;
    }

    /// <summary>operationId.</summary>
    public string OperationId { get; }

    /// <summary>HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>Path under the base path, e.g. <c>/patient/{id}</c>.</summary>
    public string Path { get; }

    /// <summary>The operation object.</summary>
    public JObject Node { get; }

    /// <summary>The declared statuses with their response objects.</summary>
    public IEnumerable<(int Status, JObject Response)> Responses =>
        (Node["responses"] as JObject ?? new JObject()).Properties()
            .Where(p => int.TryParse(p.Name, out _) && p.Value is JObject)
            .Select(p => (int.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture), (JObject)p.Value));

    /// <summary>
    /// The success status the API documents: the one 2xx not marked <c>x-fitbitplus-tolerated</c> (null when several
    /// remain, as for a delete declared with 200 and 204).
    /// </summary>
    public int? DocumentedSuccess =>
        Responses.Where(r => r.Status is >= 200 and < 300 && r.Response.Value<bool?>("x-fitbitplus-tolerated") != true)
            .Select(r => (int?)r.Status).ToList() is { Count: 1 } one ? one[0] : null;

    /// <summary>The declared statuses.</summary>
    public IEnumerable<int> Statuses => Responses.Select(r => r.Status);

    /// <summary>The response schema of <paramref name="status"/>, resolved; null when none is declared.</summary>
    public JObject? ResponseSchema(int status) => Responses.Where(r => r.Status == status).Select(r => _spec.Resolve(r.Response["schema"])).FirstOrDefault();

    /// <summary>The parameters (body included).</summary>
    public IEnumerable<JObject> Parameters => (Node["parameters"] as JArray ?? []).OfType<JObject>();

    /// <summary>The query parameters' names.</summary>
    public IEnumerable<string> QueryNames => Parameters.Where(p => p.Value<string>("in") == "query").Select(p => p.Value<string>("name")!);

    /// <summary>The query parameter <paramref name="name"/>, or null.</summary>
    public JObject? Query(string name) => Parameters.FirstOrDefault(p => p.Value<string>("in") == "query" && p.Value<string>("name") == name);

    /// <summary>The <c>x-known-values</c> (or <c>enum</c>) of query parameter <paramref name="name"/>.</summary>
    public IReadOnlyList<string> KnownValues(string name) =>
        (Query(name)?["x-known-values"] as JArray ?? Query(name)?["enum"] as JArray ?? []).Select(v => v.ToString()).ToList();

    /// <summary>The largest page the operation documents (<c>maximum</c> of <c>page[size]</c>), or null.</summary>
    public int? MaxPageSize => Query("page[size]")?["maximum"] is JValue { Type: JTokenType.Integer } max ? max.Value<int>() : null;

    /// <summary>The body schema, resolved; null when the operation takes no body.</summary>
    public JObject? BodySchema => _spec.Resolve(Parameters.FirstOrDefault(p => p.Value<string>("in") == "body")?["schema"]);
}
