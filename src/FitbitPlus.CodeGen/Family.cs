namespace FitbitPlus.CodeGen;

/// <summary>The operations under one path prefix (<c>/patient</c>, <c>/patient/{id}</c>, <c>/patient/{id}/groups</c>).</summary>
internal sealed class Family
{
    public Family(string key, List<SpecOperation> operations)
    {
        Key = key;
        Operations = operations;
        var single = operations.FirstOrDefault(o => o.Method == "GET" && o.HasId && o.Sub.Length == 0)
            ?? operations.FirstOrDefault(o => o.Method == "POST" && !o.HasId)
            ?? operations[0];
        var list = operations.FirstOrDefault(o => o.Method == "GET" && !o.HasId && o.IsPaged);
        Plural = list is not null ? Naming.WithoutVerb(list.Id) : Naming.Plural(Naming.WithoutVerb(single.Id));
    }

    /// <summary>The path prefix, also the JSON:API type of its resources except for its last segment rule (<c>oauth/token</c>).</summary>
    public string Key { get; }

    /// <summary>The JSON:API type name: the last segment of the path prefix (<c>patient</c>, <c>token</c>).</summary>
    public string TypeName => Key.Split('/')[^1];

    public string Plural { get; }

    public string ClientClass => Plural + "Client";

    public List<SpecOperation> Operations { get; }
}
