namespace FitbitPlus.Samples.SyncWorker;

/// <summary>Where the worker it keeps the copy and the state, and how often (section "SyncWorker").</summary>
public sealed class SyncWorkerOptions
{
    /// <summary>The JSON Lines file changed resources are appended to.</summary>
    public string OutputPath { get; set; } = "patients.jsonl";

    /// <summary>The file the sync state is kept in between runs (and across restarts).</summary>
    public string StatePath { get; set; } = "patients.state.json";

    /// <summary>Time between two runs.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);
}
