using System.Text;
using FitbitPlus.Sync;

namespace FitbitPlus.Samples.SyncWorker;

/// <summary>Keeps the sync state in a file, replaced atomically so a crash leaves the old or the new state, never half of one.</summary>
public static class StateStore
{
    /// <summary>The saved state, or null before the first run.</summary>
    public static async Task<SyncState?> LoadAsync(string path, CancellationToken cancellationToken) =>
        File.Exists(path) ? SyncState.Deserialize(await File.ReadAllTextAsync(path, cancellationToken)) : null;

    /// <summary>Writes a temporary file next to <paramref name="path"/>, flushes it to disk, then renames it over the old state.</summary>
    public static void Save(string path, SyncState state)
    {
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(Encoding.UTF8.GetBytes(state.Serialize()));
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
