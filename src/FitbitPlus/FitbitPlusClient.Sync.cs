using FitbitPlus.Paging;
using FitbitPlus.Sync;
using Newtonsoft.Json.Linq;

namespace FitbitPlus;

/// <summary>Incremental sync: only what changed since the previous run.</summary>
public partial class FitbitPlusClient
{
    /// <summary>
    /// The by-name JSON view of incremental sync, for tools that take a collection name (the typed door is
    /// <c>client.Patients.SyncAsync(state)</c>): prepares a run over a collection that declares <c>filter[updated_at]</c>
    /// (<c>patient</c>, <c>calendar_event</c>, <c>result</c>); enumerate the returned run to get every resource updated in
    /// <c>[previous watermark − overlap, now − settle)</c> that the previous run did not deliver, as JSON objects exactly
    /// as the server sent them, then keep <see cref="SyncRun{TResource}.NewState"/> (set only when the run completed
    /// cleanly) for the next run. Typed and JSON runs share one state format.
    /// </summary>
    /// <param name="collection">The catalog name of the collection.</param>
    /// <param name="state">The previous run's <see cref="SyncRun{TResource}.NewState"/>, or <see langword="null"/> for a first run (everything, or from <see cref="SyncOptions.Since"/>).</param>
    /// <param name="options">Overlap, settle margin, first-run start, filters, paging and clock.</param>
    /// <param name="cancellationToken">Cancels the run (as does the token given to its enumeration).</param>
    /// <exception cref="ArgumentException">The collection is unknown or takes no <c>filter[updated_at]</c>, or an option is invalid.</exception>
    /// <exception cref="SyncStateException">The state belongs to another collection.</exception>
    public virtual SyncRun<JObject> SyncJsonAsync(string collection, SyncState? state = null, SyncOptions? options = null, CancellationToken cancellationToken = default) =>
        CreateSyncRun(
            CollectionCatalog.Find(collection),
            state,
            options,
            new SyncSource<JObject>((query, paging) => SyncPager<JObject>.Of(EnumerateJsonAsync(collection, query, paging)), SyncTracker.KeyOf),
            cancellationToken);

    /// <summary>The typed sync behind the generated resource clients' <c>SyncAsync</c> methods.</summary>
    internal SyncRun<TResource> CreateSyncRun<TDocument, TResource>(string collection, SyncState? state, SyncOptions? options, CancellationToken cancellationToken)
        where TDocument : class, ICollectionDocument<TResource>
        where TResource : class =>
        CreateSyncRun(
            CollectionCatalog.Find(collection),
            state,
            options,
            new SyncSource<TResource>((query, paging) => SyncPager<TResource>.Of(CreatePager<TDocument, TResource>(collection, query, paging)), TypedSyncKey.For<TResource>()),
            cancellationToken);

    private SyncRun<TResource> CreateSyncRun<TResource>(CollectionDefinition definition, SyncState? state, SyncOptions? options, SyncSource<TResource> source, CancellationToken cancellationToken)
        where TResource : class
    {
        if (definition.RequiresParentId || !SyncableCollections.TakesUpdatedAt(definition))
        {
            throw new ArgumentException(
                $"'{definition.Name}' takes no filter[updated_at], so it cannot be synced incrementally. Collections that can: {SyncableCollections.Names}.",
                "collection");
        }

        options ??= new SyncOptions();
        options.Validate();
        if (state is not null && !string.Equals(state.Collection, definition.Name, StringComparison.OrdinalIgnoreCase))
        {
            throw new SyncStateException($"The sync state belongs to the collection '{state.Collection}', not to '{definition.Name}'.");
        }

        return new SyncRun<TResource>(this, definition, state, options, options.TimeProvider ?? Options.TimeProvider, source, cancellationToken);
    }
}
