using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Newtonsoft.Json;

namespace FitbitPlus.JsonApi;

/// <summary>Finds the JSON name of a property selected by an expression such as <c>a => a.CompletedAt</c>.</summary>
internal static class AttributeName
{
    private static readonly ConcurrentDictionary<MemberInfo, string> Cache = new();

    /// <summary>The <c>[JsonProperty]</c> name of the selected property (or its CLR name when it has none).</summary>
    /// <exception cref="ArgumentException">The expression is not a direct property access on the parameter, or the property is <c>[JsonIgnore]</c>.</exception>
    public static string Of(LambdaExpression selector)
    {
        var body = selector.Body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert
            ? convert.Operand
            : selector.Body;

        if (body is not MemberExpression { Member: PropertyInfo or FieldInfo } member
            || member.Expression != selector.Parameters[0])
        {
            throw new ArgumentException($"'{selector}' must select one property of the attributes class directly, for example a => a.CompletedAt.", nameof(selector));
        }

        return Cache.GetOrAdd(member.Member, static m =>
        {
            if (m.GetCustomAttribute<JsonIgnoreAttribute>() is not null)
            {
                throw new ArgumentException($"'{m.DeclaringType?.Name}.{m.Name}' is not serialized ([JsonIgnore]) and cannot be patched.", "selector");
            }

            return m.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName ?? m.Name;
        });
    }
}
