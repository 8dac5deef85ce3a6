using System.Diagnostics.CodeAnalysis;

namespace FitbitPlus.JsonApi;

/// <summary>The outcome of resolving a to-one relationship (or one member of a to-many) against <c>included</c>.</summary>
/// <typeparam name="T">The class the caller asked for: a generated resource class, <see cref="object"/>, or the raw <see cref="Models.Resource"/>.</typeparam>
public readonly struct Related<T>
    where T : class
{
    internal Related(RelationshipState state, string? type = null, string? id = null, T? value = null)
    {
        State = state;
        Type = type;
        Id = id;
        Value = value;
    }

    /// <summary>Whether the resource was loaded, not requested, missing, explicitly null, or of another type.</summary>
    public RelationshipState State { get; }

    /// <summary>The related resource's <c>type</c> from the relationship linkage, when the linkage was present.</summary>
    public string? Type { get; }

    /// <summary>The related resource's <c>id</c> from the relationship linkage, when the linkage was present.</summary>
    public string? Id { get; }

    /// <summary>The resolved resource; set only when <see cref="State"/> is <see cref="RelationshipState.Loaded"/>.</summary>
    public T? Value { get; }

    /// <summary>True when <see cref="Value"/> holds the related resource.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsLoaded => State == RelationshipState.Loaded && Value is not null;

    /// <summary>Gets the related resource when it was loaded.</summary>
    public bool TryGetValue([NotNullWhen(true)] out T? value)
    {
        value = Value;
        return IsLoaded;
    }

    /// <summary>Describes the state and linkage (never the resource's attributes, which may hold personal data).</summary>
    public override string ToString() => Type is null ? State.ToString() : $"{State} ({Type}/{Id})";
}
