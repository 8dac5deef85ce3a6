namespace FitbitPlus.JsonApi;

/// <summary>The outcome of resolving a to-many relationship against <c>included</c>.</summary>
/// <typeparam name="T">The class the caller asked for: a generated resource class, <see cref="object"/>, or the raw <see cref="Models.Resource"/>.</typeparam>
public sealed class RelatedMany<T>
    where T : class
{
    internal RelatedMany(RelationshipState state, IReadOnlyList<Related<T>> items, IReadOnlyList<T> values)
    {
        State = state;
        Items = items;
        Values = values;
    }

    /// <summary>
    /// <see cref="RelationshipState.Loaded"/> when every linked resource was found in <c>included</c>;
    /// <see cref="RelationshipState.Missing"/> when the relationship was requested but some are absent;
    /// <see cref="RelationshipState.NotRequested"/>, <see cref="RelationshipState.Empty"/> or <see cref="RelationshipState.Null"/> otherwise.
    /// </summary>
    public RelationshipState State { get; }

    /// <summary>One entry per linked resource, in linkage order, each with its own state.</summary>
    public IReadOnlyList<Related<T>> Items { get; }

    /// <summary>The loaded resources of class <typeparamref name="T"/>, in linkage order (others are left out; see <see cref="Items"/>).</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>Describes the state and counts.</summary>
    public override string ToString() => $"{State} ({Values.Count} of {Items.Count} loaded)";
}
