using System.Collections;
using System.Reflection;
using FitbitPlus.Models;

namespace FitbitPlus.Cli.Get;

/// <summary>
/// Every single-resource GET of the API by JSON:API type name, read from the generated client (methods
/// <c>Fetch{Type}Async(id, …)</c> whose answer's <c>data</c> is one resource), plus <c>GET {type}/{id}</c> for any other type.
/// </summary>
internal static class SingleResourceOperations
{
    private static readonly SingleResourceOperation[] Operations = Discover();

    /// <summary>Every type name with a typed single fetch, comma-separated, for errors and help.</summary>
    public static string KnownNames => string.Join(", ", Operations.Select(o => o.Name));

    /// <summary>
    /// The operation for <paramref name="name"/> (<c>result</c> is accepted for patient health results). Any other
    /// type name (letters, digits, <c>_</c>) is fetched as <c>GET {name}/{id}</c>, for types without a typed single fetch.
    /// </summary>
    /// <exception cref="UsageException">The name is not a possible JSON:API type; the message lists the known ones.</exception>
    public static SingleResourceOperation Find(string name)
    {
        var key = string.Equals(name, "patient_health_result", StringComparison.OrdinalIgnoreCase) ? "result" : name;
        return Operations.FirstOrDefault(o => string.Equals(o.Name, key, StringComparison.OrdinalIgnoreCase))
            ?? (IsTypeName(name) ? new SingleResourceOperation(name, name, null)
                : throw new UsageException($"'{name}' is not a resource type name. Known types: {KnownNames} (others are fetched as GET <type>/<id>)."));
    }

    private static SingleResourceOperation[] Discover() =>
        typeof(IFitbitPlusApiClient).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name.StartsWith("Fetch", StringComparison.Ordinal) && m.Name.EndsWith("Async", StringComparison.Ordinal)
                && m.GetParameters() is [{ Name: "id" }, ..] && ReturnsOneResource(m))
            .Select(m => (Method: m, Name: FitbitPlus.JsonApi.ResourceTypes.NameOf(DataType(m)!)))
            .Where(m => m.Name is not null)
            .Select(m => new SingleResourceOperation(m.Name!, m.Name!, m.Method.GetParameters().Any(p => p.Name == "include")))
            .DistinctBy(o => o.Name)
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .ToArray();

    private static bool ReturnsOneResource(MethodInfo method) =>
        DataType(method) is { } data && data != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(data);

    private static Type? DataType(MethodInfo method) =>
        method.ReturnType.GetGenericArguments().FirstOrDefault()?.GetProperty("Data")?.PropertyType;

    private static bool IsTypeName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
