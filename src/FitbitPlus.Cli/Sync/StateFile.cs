using System.Text;
using FitbitPlus.Paging;
using FitbitPlus.Sync;

namespace FitbitPlus.Cli.Sync;

/// <summary>The <c>--state</c> file of <c>fitbitplus sync</c>: read and checked before anything is sent, replaced atomically.</summary>
internal static class StateFile
{
    /// <summary>The state kept in <paramref name="path"/>, or <see langword="null"/> when the file does not exist (first run).</summary>
    /// <exception cref="UsageException">The file is corrupt, from a newer version or for another type (it is left untouched).</exception>
    public static SyncState? Load(string path, CollectionDefinition collection)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            return null;
        }

        SyncState state;
        try
        {
            state = SyncState.Deserialize(File.ReadAllText(full, Encoding.UTF8));
        }
        catch (SyncStateException error)
        {
            throw new UsageException($"state file {full}: {error.Message} The file was left untouched; repair or delete it, or give another --state file.");
        }

        if (!string.Equals(state.Collection, collection.Name, StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"state file {full} keeps the sync of '{state.Collection}', not of '{collection.Name}'. The file was left untouched; give each type its own --state file.");
        }

        return state;
    }

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="state"/> atomically: a temporary file in the same folder is
    /// written and flushed to the disk, then renamed over the old one, so a crash leaves either the old or the new state.
    /// </summary>
    public static void Save(string path, SyncState state)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                file.Write(new UTF8Encoding(false).GetBytes(state.Serialize() + "\n"));
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary); // no-op when it was never created or already renamed
            throw;
        }
    }
}
