namespace FitbitPlus.CodeGen;

/// <summary>The naming rules shared with the NSwag templates (PascalCase from snake_case) and C# parameter names.</summary>
internal static class Naming
{
    private static readonly HashSet<string> Keywords = ["event", "object", "string", "params", "operator", "class", "base", "default", "checked", "fixed", "lock"];

    /// <summary><c>first_name</c> → <c>FirstName</c>; <c>_id</c> → <c>Id</c> (the rule of Templates/Class.liquid).</summary>
    public static string Pascal(string name) =>
        string.Concat(name.Replace('-', '_').Replace('/', '_').Split('_').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    public static string Camel(string name)
    {
        var pascal = Pascal(name);
        var camel = char.ToLowerInvariant(pascal[0]) + pascal[1..];
        return Keywords.Contains(camel) ? "@" + camel : camel;
    }

    /// <summary><c>fetchPatients</c> → <c>Patients</c>.</summary>
    public static string WithoutVerb(string operationId)
    {
        foreach (var verb in new[] { "fetch", "create", "update", "delete", "upsert" })
        {
            if (operationId.StartsWith(verb, StringComparison.Ordinal))
            {
                return operationId[verb.Length..];
            }
        }

        return Pascal(operationId);
    }

    public static string Plural(string singular) =>
        singular.EndsWith('y') ? singular[..^1] + "ies"
        : singular.EndsWith("ch", StringComparison.Ordinal) || singular.EndsWith('s') ? singular + "es"
        : singular + "s";

    /// <summary>A filter's C# parameter name: <c>filter[identifier][system]</c> → <c>identifierSystem</c>.</summary>
    public static string FilterParameter(string wireName) =>
        Camel(string.Join('_', wireName["filter".Length..].Split('[', ']').Where(p => p.Length > 0)));

    public static string Literal(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
