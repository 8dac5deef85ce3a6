using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using FitbitPlus.Generated;

namespace FitbitPlus.JsonApi;

/// <summary>Maps JSON:API <c>type</c> names to the generated resource classes, built once from the generated assembly.</summary>
internal static class ResourceTypeRegistry
{
    // Where the API's type name does not follow from the class name.
    private static readonly (Type Clr, string JsonApiType)[] Exceptions =
    [
        (typeof(PatientHealthResultResource), "result"),
    ];

    // Extra type names the API also uses for a class (a token is created at oauth/token).
    private static readonly (string JsonApiType, Type Clr)[] Aliases =
    [
        ("oauth/token", typeof(TokenResource)),
    ];

    private static readonly FrozenDictionary<string, Type> ByTypeName = Build();

    /// <summary>All type names known, with their classes.</summary>
    public static IReadOnlyDictionary<string, Type> All => ByTypeName;

    /// <summary>The generated class for a JSON:API type name (exact, case-sensitive), or null when the type is unknown.</summary>
    public static Type? Find(string type) => ByTypeName.GetValueOrDefault(type);

    /// <summary>True for generated classes that are response resources (not the generic <see cref="Resource"/>, not request-only <c>*CreateResource</c>).</summary>
    public static bool IsResponseResourceClass(Type type) =>
        type.Namespace == typeof(Resource).Namespace
        && type.IsClass
        && type != typeof(Resource)
        && type.Name.EndsWith("Resource", StringComparison.Ordinal)
        && !type.Name.EndsWith("CreateResource", StringComparison.Ordinal)
        && type.GetProperty("Type") is not null
        && type.GetProperty("Id") is not null;

    /// <summary>The snake_case type name the convention derives from a class name (<c>CalendarEventResource</c> → <c>calendar_event</c>).</summary>
    public static string ConventionalName(Type type)
    {
        var name = type.Name[..^"Resource".Length];
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }

    private static FrozenDictionary<string, Type> Build()
    {
        var map = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in typeof(Resource).Assembly.GetTypes().Where(IsResponseResourceClass))
        {
            var exception = Array.Find(Exceptions, e => e.Clr == type);
            map.Add(exception.JsonApiType ?? ConventionalName(type), type);
        }

        foreach (var (alias, clr) in Aliases)
        {
            map.Add(alias, clr);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
