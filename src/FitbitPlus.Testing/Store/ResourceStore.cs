using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Store;

/// <summary>
/// Thread-safe in-memory store keyed by (type, id). One lock guards everything: operations are short and
/// readers get snapshots of immutable records, so answers are serialized outside the lock.
/// </summary>
internal sealed class ResourceStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private long _nextSequence;
    private long _version;

    /// <summary>Runs <paramref name="action"/> under the store lock, for check-then-write sequences.</summary>
    public T Atomically<T>(Func<T> action)
    {
        lock (_gate)
        {
            return action();
        }
    }

    /// <summary>Inserts a new resource, assigning the next id of its type; the store takes ownership of <paramref name="resource"/>.</summary>
    public StoredResource Insert(string type, JObject resource, DateTimeOffset now)
    {
        lock (_gate)
        {
            var bucket = BucketOf(type);
            string id;
            do
            {
                bucket.Counter++;
                id = ResourceIds.Format(type, bucket.Counter);
            }
            while (bucket.ById.ContainsKey(id) || bucket.Sequences.ContainsKey(id));

            now = UpdateStamps.Normalize(now);
            return Add(bucket, type, id, resource, now, now);
        }
    }

    /// <summary>Replaces the resource of an existing record (same id, sequence and creation time); the store owns what <paramref name="update"/> returns.</summary>
    public StoredResource? Replace(string type, string id, Func<StoredResource, JObject> update, DateTimeOffset now)
    {
        lock (_gate)
        {
            var bucket = BucketOf(type);
            if (!bucket.ById.TryGetValue(id, out var current))
            {
                return null;
            }

            var resource = Canonical(update(current), type, id);
            now = UpdateStamps.Normalize(now);
            UpdateStamps.Apply(resource, type, now);
            var replaced = current with { Resource = resource, UpdatedAt = now };
            _version++;
            bucket.ById[id] = replaced;
            var index = bucket.Items.BinarySearch(current, SequenceComparer.Instance);
            bucket.Items[index] = replaced;
            return replaced;
        }
    }

    /// <summary>Removes a resource; false when it did not exist.</summary>
    public bool Delete(string type, string id)
    {
        lock (_gate)
        {
            var bucket = BucketOf(type);
            if (!bucket.ById.Remove(id, out var current))
            {
                return false;
            }

            bucket.Items.RemoveAt(bucket.Items.BinarySearch(current, SequenceComparer.Instance));
            _version++;
            return true;
        }
    }

    /// <summary>The record, or null.</summary>
    public StoredResource? Find(string type, string id)
    {
        lock (_gate)
        {
            return BucketOf(type).ById.GetValueOrDefault(id);
        }
    }

    /// <summary>All records of a type in creation order, with the store's version at that moment (changes with every write).</summary>
    public (long Version, IReadOnlyList<StoredResource> Items) Snapshot(string type)
    {
        lock (_gate)
        {
            return (_version, BucketOf(type).Items.ToArray());
        }
    }

    /// <summary>The store's version: it changes with every insert, replace and delete, of any type.</summary>
    public long Version
    {
        get
        {
            lock (_gate)
            {
                return _version;
            }
        }
    }

    /// <summary>All records of a type in creation order (a snapshot).</summary>
    public IReadOnlyList<StoredResource> All(string type)
    {
        lock (_gate)
        {
            return BucketOf(type).Items.ToArray();
        }
    }

    /// <summary>The creation sequence of an id, also after its deletion (keeps cursors valid).</summary>
    public long? SequenceOf(string type, string id)
    {
        lock (_gate)
        {
            return BucketOf(type).Sequences.TryGetValue(id, out var sequence) ? sequence : null;
        }
    }

    /// <summary>Number of resources of a type.</summary>
    public int Count(string type)
    {
        lock (_gate)
        {
            return BucketOf(type).ById.Count;
        }
    }

    private StoredResource Add(Bucket bucket, string type, string id, JObject resource, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        resource = Canonical(resource, type, id);
        ResourceLinks.Apply(resource, type, id);
        UpdateStamps.Apply(resource, type, updatedAt);
        var record = new StoredResource(type, id, ++_nextSequence, resource, createdAt, updatedAt);
        _version++;
        bucket.ById.Add(id, record);
        bucket.Sequences[id] = record.Sequence;
        bucket.Items.Add(record);
        return record;
    }

    // type and id first, like the API writes them. Members are moved, not copied: the store takes ownership
    // of the object it is given, and the emptied original can no longer reach stored data.
    private static JObject Canonical(JObject resource, string type, string id)
    {
        var canonical = new JObject { ["type"] = type, ["id"] = id };
        foreach (var property in resource.Properties().Where(p => p.Name is not ("type" or "id")).ToList())
        {
            property.Remove();
            canonical.Add(property);
        }

        return canonical;
    }

    private Bucket BucketOf(string type)
    {
        if (!_buckets.TryGetValue(type, out var bucket))
        {
            bucket = new Bucket();
            _buckets.Add(type, bucket);
        }

        return bucket;
    }

    private sealed class Bucket
    {
        public List<StoredResource> Items { get; } = [];

        public Dictionary<string, StoredResource> ById { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, long> Sequences { get; } = new(StringComparer.Ordinal);

        public int Counter { get; set; }
    }

    private sealed class SequenceComparer : IComparer<StoredResource>
    {
        public static readonly SequenceComparer Instance = new();

        public int Compare(StoredResource? x, StoredResource? y) => (x?.Sequence ?? 0).CompareTo(y?.Sequence ?? 0);
    }
}
