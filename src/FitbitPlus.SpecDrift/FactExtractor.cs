namespace FitbitPlus.SpecDrift;

/// <summary>Extracts the comparable facts (key → value) of a Swagger 2.0 document.</summary>
internal static class FactExtractor
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch"];

    /// <summary>All facts of the document, keyed and sorted ordinally.</summary>
    public static SortedDictionary<string, string> Extract(SwaggerDocument document)
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        AddDocumentFacts(document.Root, facts);

        var merger = new SchemaMerger(document);
        var walker = new SchemaWalker(merger, facts);
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, pathNode) in Node.Map(document.Root, "paths") ?? new Dictionary<string, object?>())
        {
            if (Node.AsMap(document.Deref(pathNode).Node) is not { } pathItem)
            {
                continue;
            }

            foreach (var method in Methods)
            {
                if (Node.Map(pathItem, method) is not { } operation)
                {
                    continue;
                }

                var id = Node.Scalar(operation, "operationId") ?? $"{method.ToUpperInvariant()} {path}";
                if (!seenIds.Add(id))
                {
                    throw new SpecDriftException($"invalid document {document.SourceName}: duplicate operationId '{id}'");
                }

                var context = new OperationContext(document, merger, walker, facts, id);
                context.AddOperationFacts(method, path, pathItem, operation);
            }
        }

        return facts;
    }

    private static void AddDocumentFacts(IReadOnlyDictionary<string, object?> root, IDictionary<string, string> facts)
    {
        AddIfPresent(facts, "basePath", Node.Scalar(root, "basePath"));
        AddIfPresent(facts, "host", Node.Scalar(root, "host"));
        if (Node.Scalars(root, "schemes") is { } schemes)
        {
            facts["schemes"] = string.Join(",", FactValue.Sorted(schemes));
        }

        if (Node.Map(root, "securityDefinitions") is { } security)
        {
            facts["securityDefinitions"] = string.Join(",", FactValue.Sorted(security.Keys));
        }
    }

    private static void AddIfPresent(IDictionary<string, string> facts, string key, string? value)
    {
        if (value is not null)
        {
            facts[key] = value;
        }
    }
}
