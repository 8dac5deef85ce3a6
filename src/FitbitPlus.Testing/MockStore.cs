using FitbitPlus.Mock.Seeding;
using FitbitPlus.Mock.Store;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock;

/// <summary>Read access to the mock's in-memory data: seed ids, counts and copies of resources.</summary>
public sealed class MockStore
{
    private readonly ResourceStore _store;

    internal MockStore(ResourceStore store, SeedResult seed)
    {
        _store = store;
        OrganizationId = seed.OrganizationId;
        GroupIds = seed.GroupIds;
        CoachIds = seed.CoachIds;
        PatientIds = seed.PatientIds;
    }

    /// <summary>Id of the one organization every resource belongs to (and the client credentials are scoped to).</summary>
    public string OrganizationId { get; }

    /// <summary>The underlying store, for tests that plant data the API's description does not cover.</summary>
    internal ResourceStore Resources => _store;

    /// <summary>Ids of the seeded groups.</summary>
    public IReadOnlyList<string> GroupIds { get; }

    /// <summary>Ids of the seeded coaches.</summary>
    public IReadOnlyList<string> CoachIds { get; }

    /// <summary>Ids of the seeded patients, in creation order.</summary>
    public IReadOnlyList<string> PatientIds { get; }

    /// <summary>Current number of resources of a JSON:API type (e.g. <c>patient</c>).</summary>
    public int Count(string type)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        return _store.Count(type);
    }

    /// <summary>Current ids of a type, in creation order.</summary>
    public IReadOnlyList<string> Ids(string type)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        return _store.All(type).Select(r => r.Id).ToArray();
    }

    /// <summary>A copy of a resource as the API would answer it, or null when absent.</summary>
    public JObject? Find(string type, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentException.ThrowIfNullOrEmpty(id);
        return _store.Find(type, id)?.Copy();
    }
}
