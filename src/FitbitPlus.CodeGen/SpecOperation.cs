namespace FitbitPlus.CodeGen;

/// <summary>One operation of the spec, with the facts the facade generator uses.</summary>
internal sealed class SpecOperation
{
    public SpecOperation(SpecModel spec, string method, string path, Dictionary<object, object> op)
    {
        Method = method;
        Path = path;
        Id = (string)op["operationId"];
        Summary = op.TryGetValue("summary", out var s) ? ((string)s).Trim() : Id;
        foreach (var p in op.TryGetValue("parameters", out var ps) ? (List<object>)ps : [])
        {
            var map = (Dictionary<object, object>)p;
            Parameters.Add(map);
        }

        var responses = (Dictionary<object, object>)op["responses"];
        foreach (var (code, response) in responses)
        {
            if (((string)code).StartsWith('2') && response is Dictionary<object, object> r && r.TryGetValue("schema", out var schema))
            {
                ResponseType = SpecModel.RefName(schema);
                break;
            }
        }

        var body = Parameters.FirstOrDefault(p => (string)p["in"] == "body");
        BodyType = body is null ? null : SpecModel.RefName(body["schema"]);
        _ = spec;
    }

    public string Method { get; }
    public string Path { get; }
    public string Id { get; }
    public string Summary { get; }
    public List<Dictionary<object, object>> Parameters { get; } = [];
    public string? ResponseType { get; }
    public string? BodyType { get; }

    public bool IsPaged => Query.Any(p => (string)p["name"] == "page[limit]");

    public IEnumerable<Dictionary<object, object>> Query => Parameters.Where(p => (string)p["in"] == "query");

    /// <summary>Path segments before the first parameter: <c>/patient/{id}/groups</c> → <c>patient</c>.</summary>
    public string Family => string.Join('/', Path.Trim('/').Split('/').TakeWhile(s => !s.StartsWith('{')));

    /// <summary>What follows <c>{id}/</c>, or empty: <c>groups</c>.</summary>
    public string Sub
    {
        get
        {
            var parts = Path.Trim('/').Split('/');
            var i = Array.FindIndex(parts, s => s.StartsWith('{'));
            return i < 0 || i == parts.Length - 1 ? string.Empty : string.Join('/', parts[(i + 1)..]);
        }
    }

    public bool HasId => Path.Contains('{');

    public Dictionary<object, object>? IncludeParameter => Query.FirstOrDefault(p => (string)p["name"] == "include");

    public IEnumerable<string> IncludeValues =>
        IncludeParameter is { } p && p.TryGetValue("x-known-values", out var v) ? ((List<object>)v).Cast<string>() : [];
}
