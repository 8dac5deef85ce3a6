using System.Text;

namespace FitbitPlus.Cli.Output;

/// <summary>Where a sync appends: a file (created when missing, never truncated) or stdout; flushable to the disk itself.</summary>
internal sealed class AppendTarget : IAsyncDisposable
{
    private const int BufferSize = 64 * 1024;
    private readonly FileStream? _file;

    private AppendTarget(TextWriter writer, FileStream? file, string? path)
    {
        Writer = writer;
        _file = file;
        Path = path;
    }

    /// <summary>The buffered destination.</summary>
    public TextWriter Writer { get; }

    /// <summary>The full path of the output file, or <see langword="null"/> for stdout.</summary>
    public string? Path { get; }

    /// <summary>Opens <paramref name="path"/> for appending (UTF-8 without BOM), or wraps <paramref name="stdout"/> when it is null or <c>-</c>.</summary>
    public static AppendTarget Open(string? path, TextWriter stdout)
    {
        if (path is null || path == "-")
        {
            return new AppendTarget(stdout, null, null);
        }

        var full = System.IO.Path.GetFullPath(path);
        var file = new FileStream(full, FileMode.Append, FileAccess.Write, FileShare.Read, BufferSize);
        return new AppendTarget(new StreamWriter(file, new UTF8Encoding(false), BufferSize), file, full);
    }

    /// <summary>Writes out the buffers and, for a file, asks the OS to put the bytes on the disk (fsync) before returning.</summary>
    public async Task FlushToDiskAsync(CancellationToken cancellationToken)
    {
        await Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        _file?.Flush(flushToDisk: true);
    }

    /// <summary>Flushes what was written and closes the file (stdout stays open).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            await Writer.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            await Writer.FlushAsync().ConfigureAwait(false);
        }
    }
}
