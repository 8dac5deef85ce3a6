using System.Collections;
using System.Reflection;
using System.Text;
using FitbitPlus.Generated;

namespace FitbitPlus.Cli.Get;

/// <summary>
/// Every single-resource GET of the API by JSON:API type name, read from the generated client (methods
/// <c>Fetch{Type}Async(id, …)</c> whose answer's <c>data</c> is one resource), plus <c>GET {type}/{id}</c> for any other type.
/// </summary>
internal static class SingleResourceOperations
{
    // Where the path is not the type name the method is named after.
    private static readonly Dictionary<string, string> Paths = new(StringComparer.Ordinal) { ["patient_health_result"] = "result" };

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
        var key = string.Equals(name, "result", StringComparison.OrdinalIgnoreCase) ? "patient_health_result" : name;
        return Operations.FirstOrDefault(o => string.Equals(o.Name, key, StringComparison.OrdinalIgnoreCase))
            ?? (IsTypeName(name) ? new SingleResourceOperation(name, name, null)
                : throw new UsageException($"'{name}' is not a resource type name. Known types: {KnownNames} (others are fetched as GET <type>/<id>)."));
    }

    private static SingleResourceOperation[] Discover() =>
        typeof(IFitbitPlusApiClient).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name.StartsWith("Fetch", StringComparison.Ordinal) && m.Name.EndsWith("Async", StringComparison.Ordinal)
                && m.GetParameters() is [{ Name: "id" }, ..] && ReturnsOneResource(m))
            .Select(m =>
            {
                var name = SnakeCase(m.Name["Fetch".Length..^"Async".Length]);
                return new SingleResourceOperation(name, Paths.GetValueOrDefault(name, name), m.GetParameters().Any(p => p.Name == "include"));
            })
            .DistinctBy(o => o.Name)
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .ToArray();

    private static bool ReturnsOneResource(MethodInfo method) =>
        method.ReturnType.GetGenericArguments().FirstOrDefault()?.GetProperty("Data")?.PropertyType is { } data
        && data != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(data);

    private static bool IsTypeName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static string SnakeCase(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(pascal[i]));
        }

        return sb.ToString();
    }
}
