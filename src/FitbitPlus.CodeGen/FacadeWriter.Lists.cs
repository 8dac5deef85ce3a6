namespace FitbitPlus.CodeGen;

/// <summary>The paged operations of a resource client: <c>ListAsync</c> and, where the collection takes <c>filter[updated_at]</c>, its typed sync and partitioned export.</summary>
internal sealed partial class FacadeWriter
{
    private const string UpdatedAt = "filter[updated_at]";

    private void WriteList(Family family, SpecOperation op, bool include)
    {
        var (document, resource) = (op.ResponseType!, DataClass(op.ResponseType!));
        var name = op.Sub.Length == 0 ? "ListAsync" : $"List{Naming.Pascal(op.Sub)}Async";
        var filters = op.Query.Where(p => IsFilter((string)p["name"])).ToList();
        var sort = op.Query.Any(p => (string)p["name"] == "sort");
        var parameters = QueryParameters(op, filters, include, sort);
        parameters.Add("PagingOptions? paging = null");
        Line($"        public virtual CollectionPager<{document}, {resource}> {name}({string.Join(", ", parameters)})");
        Line("        {");
        WriteQuery(op, filters, include, sort);
        Line($"            return _client.CreatePager<{document}, {resource}>({Naming.Literal(CatalogName(family, op))}, query, paging);");
        Line("        }");
        if (op.Sub.Length == 0 && !op.HasId && filters.Any(p => (string)p["name"] == UpdatedAt))
        {
            WriteSync(family, document, resource);
            WritePartitioned(family, op, document, resource, filters.Where(p => (string)p["name"] != UpdatedAt).ToList(), include);
        }
    }

    private void WriteSync(Family family, string document, string resource)
    {
        Line();
        Line($"        /// <summary>Incremental sync of <c>{Naming.Xml(family.TypeName)}</c>: every resource changed since the previous run's <paramref name=\"state\"/> (everything on a first run), then the next state in <see cref=\"FitbitPlus.Sync.SyncRun{{TResource}}.NewState\"/>.</summary>");
        Line("        /// <param name=\"state\">The previous run's <c>NewState</c>, or <see langword=\"null\"/> for a first run.</param>");
        Line("        /// <param name=\"options\">Overlap, settle margin, first-run start, filters, paging and clock.</param>");
        Line("        /// <param name=\"cancellationToken\">Cancels the run (as does the token given to its enumeration).</param>");
        Line($"        public virtual FitbitPlus.Sync.SyncRun<{resource}> SyncAsync(FitbitPlus.Sync.SyncState? state = null, FitbitPlus.Sync.SyncOptions? options = null, System.Threading.CancellationToken cancellationToken = default) =>");
        Line($"            _client.CreateSyncRun<{document}, {resource}>({Naming.Literal(family.TypeName)}, state, options, cancellationToken);");
    }

    // The filters of ListAsync but filter[updated_at] (the export sets it) and sort (order is not kept across windows).
    private void WritePartitioned(Family family, SpecOperation op, string document, string resource, List<Dictionary<object, object>> filters, bool include)
    {
        var parameters = QueryParameters(op, filters, include, sort: false);
        parameters.Add("PartitionedExportOptions? options = null");
        Line();
        Line($"        /// <summary>Every <c>{Naming.Xml(family.TypeName)}</c>, read by <see cref=\"PartitionedExportOptions.Partitions\"/> cursors at once over <c>filter[updated_at]</c> windows of about equal size, then a catch-up pass: each resource once, in no particular order across windows; the options set the partitions (default one: sequential), each window's paging, the catch-up overlap and the clock (see <see cref=\"FitbitPlusClient.EnumeratePartitionedJsonAsync\"/>).</summary>");
        Line($"        public virtual PartitionedPager<{document}, {resource}> ListPartitionedAsync({string.Join(", ", parameters)})");
        Line("        {");
        WriteQuery(op, filters, include, sort: false);
        Line($"            return _client.CreateTypedPartitionedPager<{document}, {resource}>({Naming.Literal(CatalogName(family, op))}, query, options);");
        Line("        }");
    }

    private static List<string> QueryParameters(SpecOperation op, List<Dictionary<object, object>> filters, bool include, bool sort)
    {
        var parameters = new List<string>();
        if (op.HasId)
        {
            parameters.Add("string id");
        }

        parameters.AddRange(filters.Select(p => $"{FilterType(p)}? {Naming.FilterParameter((string)p["name"])} = null"));
        if (include)
        {
            parameters.Add("System.Collections.Generic.IEnumerable<string>? include = null");
        }

        if (sort)
        {
            parameters.Add("string? sort = null");
        }

        return parameters;
    }

    private void WriteQuery(SpecOperation op, List<Dictionary<object, object>> filters, bool include, bool sort)
    {
        Line($"            var query = new CollectionQuery {{ ParentId = {(op.HasId ? "id" : "null")}, Include = {(include ? "QueryValues.Join(include)" : "null")}, Sort = {(sort ? "sort" : "null")} }};");
        foreach (var filter in filters)
        {
            Line($"            QueryValues.Add(query, {Naming.Literal((string)filter["name"])}, {Naming.FilterParameter((string)filter["name"])});");
        }
    }

    private static bool IsFilter(string name) => name.StartsWith("filter[", StringComparison.Ordinal);

    private static string FilterType(Dictionary<object, object> parameter)
    {
        if (parameter.ContainsKey("x-fitbitplus-range"))
        {
            return "FitbitPlus.Paging.DateTimeRange";
        }

        return (string)parameter["type"] switch
        {
            "boolean" => "bool",
            "integer" => "int",
            "string" when parameter.TryGetValue("format", out var f) && (string)f == "date-time" => "System.DateTimeOffset",
            _ => "string",
        };
    }
}
