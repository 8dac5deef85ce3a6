namespace FitbitPlus.SpecDrift;

/// <summary>Emits the facts of one operation: method/path, media types, parameters, body and responses.</summary>
internal sealed class OperationContext(
    SwaggerDocument document,
    SchemaMerger merger,
    SchemaWalker walker,
    IDictionary<string, string> facts,
    string operationId)
{
    /// <summary>Adds every fact of the operation to the fact set.</summary>
    public void AddOperationFacts(
        string method,
        string path,
        IReadOnlyDictionary<string, object?> pathItem,
        IReadOnlyDictionary<string, object?> operation)
    {
        facts[$"op {operationId}"] = $"{method.ToUpperInvariant()} {path}";
        AddMediaTypes(operation, "consumes");
        AddMediaTypes(operation, "produces");
        foreach (var parameter in EffectiveParameters(pathItem, operation))
        {
            AddParameter(parameter);
        }

        foreach (var (status, responseNode) in Node.Map(operation, "responses") ?? new Dictionary<string, object?>())
        {
            AddResponse(status, Node.AsMap(document.Deref(responseNode).Node));
        }
    }

    private void AddMediaTypes(IReadOnlyDictionary<string, object?> operation, string kind)
    {
        var types = Node.Scalars(operation, kind) ?? Node.Scalars(document.Root, kind);
        if (types is not null)
        {
            facts[$"op {operationId} {kind}"] = types.Count == 0 ? "none" : string.Join(",", FactValue.Sorted(types));
        }
    }

    private IEnumerable<IReadOnlyDictionary<string, object?>> EffectiveParameters(
        IReadOnlyDictionary<string, object?> pathItem,
        IReadOnlyDictionary<string, object?> operation)
    {
        // Operation-level parameters override path-level ones with the same location and name.
        var byKey = new Dictionary<(string In, string Name), IReadOnlyDictionary<string, object?>>();
        foreach (var source in new[] { pathItem, operation })
        {
            foreach (var node in Node.List(source, "parameters") ?? [])
            {
                if (Node.AsMap(document.Deref(node).Node) is { } parameter)
                {
                    byKey[(Node.Scalar(parameter, "in") ?? "?", Node.Scalar(parameter, "name") ?? "?")] = parameter;
                }
            }
        }

        return byKey.Values;
    }

    private void AddParameter(IReadOnlyDictionary<string, object?> parameter)
    {
        var location = Node.Scalar(parameter, "in") ?? "?";
        var required = Node.Scalar(parameter, "required") == "true" ? "true" : "false";
        if (location == "body")
        {
            var schema = merger.Merge(Node.Map(parameter, "schema"));
            facts[$"body {operationId}"] = new FactValue().Add("type", schema.Type).Add("required", required).ToString();
            walker.Walk($"body {operationId}", schema);
            return;
        }

        var value = new FactValue()
            .Add("type", Node.Scalar(parameter, "type"))
            .Add("format", Node.Scalar(parameter, "format"))
            .Add("required", required)
            .AddList("enum", EnumOf(parameter))
            .Add("default", Node.Scalar(parameter, "default"));
        if (Node.Map(parameter, "items") is { } items)
        {
            var itemSchema = merger.Merge(items);
            value.Add("items", itemSchema.Type)
                .Add("items.format", itemSchema.Format)
                .AddList("items.enum", itemSchema.Enum);
        }

        value.Add("collectionFormat", Node.Scalar(parameter, "collectionFormat"));
        facts[$"param {operationId} {location} {Node.Scalar(parameter, "name") ?? "?"}"] = value.ToString();
    }

    private void AddResponse(string status, IReadOnlyDictionary<string, object?>? response)
    {
        var key = $"response {operationId} {status}";
        if (response is null || !response.TryGetValue("schema", out var schemaNode) || schemaNode is null)
        {
            facts[key] = "none";
            return;
        }

        facts[key] = "schema";
        walker.Walk(key, merger.Merge(schemaNode));
    }

    private static IReadOnlyList<string>? EnumOf(IReadOnlyDictionary<string, object?> parameter)
    {
        var enumValues = Node.Scalars(parameter, "enum");
        var knownValues = Node.Scalars(parameter, "x-known-values");
        return enumValues is null && knownValues is null
            ? null
            : FactValue.Sorted((enumValues ?? []).Concat(knownValues ?? []));
    }
}
