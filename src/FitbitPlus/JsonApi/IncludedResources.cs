using System.Diagnostics.CodeAnalysis;
using FitbitPlus.Models;

namespace FitbitPlus.JsonApi;

/// <summary>
/// An index of a response's <c>included</c> resources by exact (type, id), resolving relationships to typed resources.
/// </summary>
/// <remarks>
/// Built once per document in one pass without converting anything. Each resource resolves to its generated class
/// (by <c>type</c>: patient → <see cref="PatientResource"/>, result → <see cref="PatientHealthResultResource"/>, ...),
/// the same instance on every access, so lookups are O(1) and cycles or self-references cannot recurse.
/// In documents read by the generated client or the typed pagers, an included resource of a known type whose
/// <c>type</c> member comes first (or second, after <c>id</c>) was already read into that class while the document was
/// read; its <see cref="Resource"/> then carries the typed parts (for example <see cref="Resource.Attributes"/> is a
/// <see cref="PatientAttributes"/>, not a <c>JObject</c>). Any other resource keeps <c>JObject</c> parts and is
/// converted on first access (so only what is resolved pays), as is one whose JSON does not fit its class, which
/// therefore fails only when resolved, naming type, id and path.
/// If a (type, id) occurs more than once, the first occurrence wins and the others are listed in <see cref="DuplicateKeys"/>.
/// A resource of a type this library does not know stays reachable as the raw <see cref="Resource"/> (its parts are <c>JObject</c>s).
/// By-name documents (<see cref="Paging.JsonCollectionDocument"/>) always keep <c>JObject</c> parts exactly as sent.
/// Safe for concurrent reads.
/// </remarks>
public sealed class IncludedResources
{
    private readonly Dictionary<ResourceKey, int> _index;
    private readonly Resource[] _resources;
    private readonly object?[] _converted;
    private readonly IncludePaths _requested;

    private IncludedResources(Dictionary<ResourceKey, int> index, Resource[] resources, IReadOnlyList<ResourceKey> duplicates, IncludePaths requested)
    {
        _index = index;
        _resources = resources;
        _converted = new object?[resources.Length];
        DuplicateKeys = duplicates;
        _requested = requested;
    }

    /// <summary>An index with no resources and no includes requested.</summary>
    public static IncludedResources Empty { get; } = From(null);

    /// <summary>Number of distinct resources indexed.</summary>
    public int Count => _resources.Length;

    /// <summary>Keys that occurred again after their first occurrence (one entry per ignored occurrence, in document order).</summary>
    public IReadOnlyList<ResourceKey> DuplicateKeys { get; }

    /// <summary>True when <c>included</c> held the same (type, id) more than once.</summary>
    public bool HasDuplicates => DuplicateKeys.Count > 0;

    /// <summary>Indexes a document's <c>included</c> array.</summary>
    /// <param name="included">The document's <c>included</c> (null when absent).</param>
    /// <param name="requestedIncludes">
    /// The <c>include</c> value sent with the request (for example <c>owner,patient</c>), so that an absent related
    /// resource can be reported as <see cref="RelationshipState.Missing"/> (requested) rather than <see cref="RelationshipState.NotRequested"/>.
    /// Each dot-separated segment of a path counts as a requested relationship name.
    /// </param>
    /// <exception cref="FitbitPlusException">An entry of <c>included</c> is null or has no type or id.</exception>
    public static IncludedResources From(IEnumerable<Resource>? included, string? requestedIncludes = null)
    {
        var source = included switch
        {
            null => Array.Empty<Resource>(),
            IReadOnlyList<Resource> list => list,
            _ => included.ToList(),
        };

        var index = new Dictionary<ResourceKey, int>(source.Count);
        var resources = new List<Resource>(source.Count);
        List<ResourceKey>? duplicates = null;
        for (var i = 0; i < source.Count; i++)
        {
            var resource = source[i];
            if (resource is null || string.IsNullOrEmpty(resource.Type) || string.IsNullOrEmpty(resource.Id))
            {
                throw new FitbitPlusException($"The response's included[{i}] is not a resource: it is null or lacks a type or an id.");
            }

            var key = new ResourceKey(resource.Type, resource.Id);
            if (index.TryAdd(key, resources.Count))
            {
                resources.Add(resource);
            }
            else
            {
                (duplicates ??= []).Add(key);
            }
        }

        return new IncludedResources(index, [.. resources], (IReadOnlyList<ResourceKey>?)duplicates ?? Array.Empty<ResourceKey>(), IncludePaths.Parse(requestedIncludes));
    }

    /// <summary>True when the relationship name was part of the request's include list.</summary>
    public bool WasRequested(string relationshipName) => _requested.Contains(relationshipName);

    /// <summary>Resolves a to-one relationship.</summary>
    /// <typeparam name="T">The generated class expected (for example <see cref="PatientResource"/>), <see cref="object"/> for whatever the type is, or <see cref="Resource"/> for the raw JSON.</typeparam>
    /// <param name="relationship">The relationship, for example <c>evt.Relationships?.Owner</c>.</param>
    /// <param name="relationshipName">The relationship's JSON name; only needed when the relationship may be absent (null), otherwise taken from the document.</param>
    /// <exception cref="FitbitPlusException">A related resource's JSON does not match its generated class (named by type, id and path).</exception>
    public Related<T> GetOne<T>(ToOneRelationship? relationship, string? relationshipName = null)
        where T : class
    {
        var name = relationshipName ?? relationship?.Name;
        if (relationship is null || (relationship.Data is null && !relationship.HasExplicitNullData))
        {
            return new Related<T>(Unresolved(name));
        }

        return relationship.Data is null ? new Related<T>(RelationshipState.Null) : Resolve<T>(relationship.Data, name);
    }

    /// <summary>Resolves a to-many relationship.</summary>
    /// <typeparam name="T">The generated class expected, <see cref="object"/>, or <see cref="Resource"/> for the raw JSON.</typeparam>
    /// <param name="relationship">The relationship, for example <c>patient.Relationships?.Coaches</c>.</param>
    /// <param name="relationshipName">The relationship's JSON name; only needed when the relationship may be absent (null), otherwise taken from the document.</param>
    /// <exception cref="FitbitPlusException">A related resource's JSON does not match its generated class (named by type, id and path).</exception>
    public RelatedMany<T> GetMany<T>(ToManyRelationship? relationship, string? relationshipName = null)
        where T : class
    {
        var name = relationshipName ?? relationship?.Name;
        if (relationship?.Data is null)
        {
            var state = relationship?.HasExplicitNullData == true ? RelationshipState.Null : Unresolved(name);
            return new RelatedMany<T>(state, Array.Empty<Related<T>>(), Array.Empty<T>());
        }

        var items = new List<Related<T>>(relationship.Data.Count);
        var values = new List<T>(relationship.Data.Count);
        var worst = relationship.Data.Count == 0 ? RelationshipState.Empty : RelationshipState.Loaded;
        foreach (var identifier in relationship.Data)
        {
            var item = identifier is null ? new Related<T>(Unresolved(name)) : Resolve<T>(identifier, name);
            items.Add(item);
            if (item.IsLoaded)
            {
                values.Add(item.Value);
            }
            else if (item.State == RelationshipState.Missing || (item.State == RelationshipState.NotRequested && worst != RelationshipState.Missing))
            {
                // The collection reports its most telling gap: requested-but-absent outranks not-requested.
                worst = item.State;
            }
        }

        return new RelatedMany<T>(worst, items, values);
    }

    /// <summary>Looks up an included resource by exact, case-sensitive type and id, as <typeparamref name="T"/>.</summary>
    /// <returns>False when no such resource is included or it is not convertible to <typeparamref name="T"/>.</returns>
    /// <exception cref="FitbitPlusException">The resource's JSON does not match its generated class.</exception>
    public bool TryGet<T>(string type, string id, [NotNullWhen(true)] out T? resource)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(id);
        resource = _index.TryGetValue(new ResourceKey(type, id), out var position) ? As<T>(position) : null;
        return resource is not null;
    }

    private Related<T> Resolve<T>(ResourceIdentifier identifier, string? name)
        where T : class
    {
        if (identifier.Type is null || identifier.Id is null || !_index.TryGetValue(new ResourceKey(identifier.Type, identifier.Id), out var position))
        {
            return new Related<T>(Unresolved(name), identifier.Type, identifier.Id);
        }

        var value = As<T>(position);
        return new Related<T>(value is null ? RelationshipState.DifferentType : RelationshipState.Loaded, identifier.Type, identifier.Id, value);
    }

    private RelationshipState Unresolved(string? name) =>
        _requested.Contains(name) ? RelationshipState.Missing : RelationshipState.NotRequested;

    private T? As<T>(int position)
        where T : class
    {
        var raw = _resources[position];
        if (typeof(T) == typeof(Resource))
        {
            return (T)(object)raw;
        }

        var target = ResourceTypeRegistry.Find(raw.Type);
        if (target is null)
        {
            // Unknown type: only "anything" may have it, as the raw resource.
            return typeof(T) == typeof(object) ? (T)(object)raw : null;
        }

        return typeof(T).IsAssignableFrom(target) ? (T)Converted(position, target) : null;
    }

    private object Converted(int position, Type target)
    {
        var existing = Volatile.Read(ref _converted[position]);
        if (existing is not null)
        {
            return existing;
        }

        // Racing threads may both convert; the first stored instance wins so every caller sees the same object.
        var raw = _resources[position];
        var fresh = raw.TypedInstance is { } typed && typed.GetType() == target
            ? typed // read in one pass by the typed document's serializer
            : IncludedResourceConverter.Convert(raw, target);
        return Interlocked.CompareExchange(ref _converted[position], fresh, null) ?? fresh;
    }
}
