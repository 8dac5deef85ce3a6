using System.Linq.Expressions;

namespace FitbitPlus.JsonApi;

/// <summary>A <see cref="JsonApiPatch"/> that can name attributes through a generated attributes class.</summary>
/// <typeparam name="TAttributes">The generated attributes class whose <c>[JsonProperty]</c> names are used, for example <c>CalendarEventAttributes</c>.</typeparam>
public sealed class JsonApiPatch<TAttributes> : JsonApiPatch
    where TAttributes : class
{
    internal JsonApiPatch(string type, string id)
        : base(type, id)
    {
    }

    /// <summary>Sets the attribute selected by <paramref name="attribute"/> (for example <c>a => a.CompletedAt</c>); <see langword="null"/> sends an explicit <c>null</c>.</summary>
    public JsonApiPatch<TAttributes> Set<TValue>(Expression<Func<TAttributes, TValue>> attribute, TValue value)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        base.Set(AttributeName.Of(attribute), value);
        return this;
    }
}
