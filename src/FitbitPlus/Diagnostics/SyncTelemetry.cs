using System.Diagnostics;
using FitbitPlus.Paging;

namespace FitbitPlus.Diagnostics;

/// <summary>The Activity of one sync run (<c>sync {collection}</c>), parent of the run's page Activities.</summary>
internal sealed class SyncTelemetry : IDisposable
{
    private readonly Activity _activity;

    private SyncTelemetry(Activity activity) => _activity = activity;

    /// <summary>Starts the run's Activity, or returns null while nobody listens.</summary>
    public static SyncTelemetry? Start(string collection)
    {
        if (!Telemetry.Source.HasListeners() || Telemetry.Start("sync " + collection) is not { } activity)
        {
            return null;
        }

        if (activity.IsAllDataRequested)
        {
            activity.SetTag(TelemetryTags.Collection, collection);
        }

        return new SyncTelemetry(activity);
    }

    /// <summary>Makes the run's Activity current again in the enumerator (a caller's resumption brings its own context).</summary>
    public void Resume() => Activity.Current = _activity;

    /// <summary>Records the counts of a finished enumeration; an incomplete one is an error (the state is not advanced).</summary>
    public void Finished(PagingReport? report, long changes, long skipped)
    {
        if (_activity.IsAllDataRequested)
        {
            _activity.SetTag(TelemetryTags.Changes, changes);
            _activity.SetTag("fitbitplus.sync.skipped", skipped);
        }

        if (report is { IsComplete: false })
        {
            Telemetry.Fail(_activity, "incomplete:" + PagingTelemetry.StopReason(report));
        }
    }

    public void Dispose() => _activity.Dispose();
}
