using FitbitPlus.Paging;
using FitbitPlus.Sync;

namespace FitbitPlus;

/// <summary>Incremental sync: only what changed since the previous run.</summary>
public partial class FitbitPlusClient
{
    /// <summary>
    /// Prepares an incremental sync run over a collection that declares <c>filter[updated_at]</c> (<c>patient</c>,
    /// <c>calendar_event</c>, <c>result</c>): enumerate the returned run to get every resource updated in
    /// <c>[previous watermark − overlap, now − settle)</c> that the previous run did not deliver, then keep
    /// <see cref="SyncRun.NewState"/> (set only when the run completed cleanly) for the next run.
    /// </summary>
    /// <param name="collection">The catalog name of the collection.</param>
    /// <param name="state">The previous run's <see cref="SyncRun.NewState"/>, or <see langword="null"/> for a first run (everything, or from <see cref="SyncOptions.Since"/>).</param>
    /// <param name="options">Overlap, settle margin, first-run start, filters, paging and clock.</param>
    /// <exception cref="ArgumentException">The collection is unknown or takes no <c>filter[updated_at]</c>, or an option is invalid.</exception>
    /// <exception cref="SyncStateException">The state belongs to another collection.</exception>
    public virtual SyncRun SyncAsync(string collection, SyncState? state = null, SyncOptions? options = null)
    {
        var definition = CollectionCatalog.Find(collection);
        if (definition.RequiresParentId || !SyncableCollections.TakesUpdatedAt(definition))
        {
            throw new ArgumentException(
                $"'{definition.Name}' takes no filter[updated_at], so it cannot be synced incrementally. Collections that can: {SyncableCollections.Names}.",
                nameof(collection));
        }

        options ??= new SyncOptions();
        options.Validate();
        if (state is not null && !string.Equals(state.Collection, definition.Name, StringComparison.OrdinalIgnoreCase))
        {
            throw new SyncStateException($"The sync state belongs to the collection '{state.Collection}', not to '{definition.Name}'.");
        }

        return new SyncRun(this, definition, state, options, options.TimeProvider ?? Options.TimeProvider);
    }
}
