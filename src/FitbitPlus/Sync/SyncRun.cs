using FitbitPlus.Diagnostics;
using FitbitPlus.Paging;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Sync;

/// <summary>
/// One incremental sync run (<c>client.Patients.SyncAsync(state)</c>, or by collection name
/// <see cref="FitbitPlusClient.SyncJsonAsync"/>): enumerate it once with <c>await foreach</c> to get every resource
/// changed since the previous run; then <see cref="NewState"/> holds the state for the next run, but only when the
/// enumeration ran to the end and the completeness report was clean.
/// </summary>
/// <typeparam name="TResource">The generated resource class, or <see cref="JObject"/> for the by-name JSON view.</typeparam>
public sealed class SyncRun<TResource> : IAsyncEnumerable<TResource>
    where TResource : class
{
    private readonly FitbitPlusClient _client;
    private readonly CollectionDefinition _collection;
    private readonly SyncState? _previous;
    private readonly SyncOptions _options;
    private readonly TimeProvider _time;
    private readonly SyncSource<TResource> _source;
    private readonly CancellationToken _cancellationToken;
    private int _started;

    internal SyncRun(FitbitPlusClient client, CollectionDefinition collection, SyncState? previous, SyncOptions options, TimeProvider time, SyncSource<TResource> source, CancellationToken cancellationToken)
    {
        _client = client;
        _collection = collection;
        _previous = previous;
        _options = options;
        _time = time;
        _source = source;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The catalog name of the synced collection.</summary>
    public string Collection => _collection.Name;

    /// <summary>The state this run started from (<see langword="null"/> on a first run).</summary>
    public SyncState? PreviousState => _previous;

    /// <summary>The range read as <c>filter[updated_at]</c>, once the enumeration has started; <see langword="null"/> before, and for an empty window.</summary>
    public DateTimeRange? Window { get; private set; }

    /// <summary>The state to keep for the next run; set only when the enumeration completed and <see cref="Report"/> was clean.</summary>
    public SyncState? NewState { get; private set; }

    /// <summary>The completeness report of the enumeration (<see langword="null"/> when the window was empty and nothing was read).</summary>
    public PagingReport? Report { get; private set; }

    /// <summary>Resources yielded so far.</summary>
    public long Yielded { get; private set; }

    /// <summary>Resources read but skipped because the previous run delivered exactly that version.</summary>
    public long Skipped { get; private set; }

    /// <summary>Resources yielded without a readable <c>updated_at</c>: they cannot be recognised, so a later run may yield them again.</summary>
    public long WithoutUpdatedAt { get; private set; }

    /// <summary>Runs the sync; a run can be enumerated once (start the next one from <see cref="NewState"/>).</summary>
    /// <exception cref="InvalidOperationException">The run was already enumerated.</exception>
    /// <exception cref="FitbitPlusException">A request failed; <see cref="NewState"/> stays <see langword="null"/>.</exception>
    public IAsyncEnumerator<TResource> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            throw new InvalidOperationException("A SyncRun is enumerated once; start the next run from its NewState.");
        }

        return RunAsync(cancellationToken);
    }

    private async IAsyncEnumerator<TResource> RunAsync(CancellationToken enumeratorToken)
    {
        // The token given to SyncAsync and the one given to the enumeration both cancel the run.
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken, enumeratorToken);
        var cancellationToken = linked.Token;

        var window = SyncWindow.Compute(_previous, _options, _time.GetUtcNow());
        var tracker = new SyncTracker(_previous, window, _options.Overlap);
        using var telemetry = SyncTelemetry.Start(_collection.Name);
        if (!window.IsEmpty)
        {
            Window = window.ToRange();
            var query = await BuildQueryAsync(Window, cancellationToken).ConfigureAwait(false);
            var pager = _source.Open(query, _options.PagingOptions ?? new PagingOptions());
            await using (var resources = pager.Resources.GetAsyncEnumerator(cancellationToken))
            {
                while (true)
                {
                    telemetry?.Resume(); // the run's pages are its children, also after a yield returned to the caller
                    if (!await resources.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    var resource = resources.Current;
                    var (id, updatedAt) = _source.KeyOf(resource);
                    var accepted = tracker.Accept(id, updatedAt);
                    (Skipped, WithoutUpdatedAt) = (tracker.Skipped, tracker.WithoutUpdatedAt);
                    if (accepted)
                    {
                        Yielded++;
                        _client.Metrics.Changed(_collection.Name);
                        yield return resource;
                    }
                }
            }

            Report = pager.LastReport();
            telemetry?.Finished(Report, Yielded, Skipped);
            if (Report is not { IsComplete: true })
            {
                yield break; // the previous state stays in force: the next run repeats this window
            }
        }

        NewState = tracker.NextState(_collection.Name);
    }

    private async Task<CollectionQuery> BuildQueryAsync(DateTimeRange window, CancellationToken cancellationToken)
    {
        var given = _options.Query;
        var query = new CollectionQuery { Include = given?.Include, Sort = given?.Sort };
        foreach (var (name, value) in given?.Filters ?? new Dictionary<string, string>())
        {
            query.Filters[name] = value;
        }

        query.UpdatedIn(window);
        string[] scopes = ["organization", "filter[organization]", "groups", "filter[groups]", "patient", "filter[patient]"];
        if (!query.Filters.Keys.Any(scopes.Contains))
        {
            // The same default as the CLI's: the credentials' organization, or their groups for a groups-only token.
            var scope = await _client.GetCredentialsScopeAsync(cancellationToken).ConfigureAwait(false);
            if (scope.FilterFor(_collection) is { } filter)
            {
                query.Filters[filter.Key] = filter.Value;
            }
        }

        return query;
    }
}
