using System.Text;

namespace FitbitPlus.Cli.Output;

/// <summary>
/// Where an export or a sync writes: a file (relative to the current directory; an export truncates it, a sync appends
/// to it) or stdout (a null path or <c>-</c>). A file can be flushed to the disk itself.
/// </summary>
internal sealed class OutputTarget : IAsyncDisposable
{
    private const int BufferSize = 64 * 1024;
    private readonly FileStream? _file;

    private OutputTarget(TextWriter writer, FileStream? file, string? path)
    {
        Writer = writer;
        _file = file;
        Path = path;
    }

    /// <summary>The buffered destination.</summary>
    public TextWriter Writer { get; }

    /// <summary>
    /// The output file itself, for writing bytes directly (then nothing may go through <see cref="Writer"/>), or
    /// <see langword="null"/> for stdout.
    /// </summary>
    public Stream? File => _file;

    /// <summary>The full path of the output file, or <see langword="null"/> for stdout.</summary>
    public string? Path { get; }

    /// <summary>Creates or truncates <paramref name="path"/> (UTF-8 without BOM), or wraps <paramref name="stdout"/>.</summary>
    public static OutputTarget Open(string? path, TextWriter stdout) => Open(path, stdout, FileMode.Create);

    /// <summary>Opens <paramref name="path"/> for appending (created when missing, never truncated), or wraps <paramref name="stdout"/>.</summary>
    public static OutputTarget Append(string? path, TextWriter stdout) => Open(path, stdout, FileMode.Append);

    /// <summary>Writes out the buffers and, for a file, asks the OS to put the bytes on the disk (fsync) before returning.</summary>
    public async Task FlushToDiskAsync(CancellationToken cancellationToken)
    {
        await Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        _file?.Flush(flushToDisk: true);
    }

    /// <summary>Flushes what was written so far (also after a cancellation) and closes the file (stdout stays open).</summary>
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

    private static OutputTarget Open(string? path, TextWriter stdout, FileMode mode)
    {
        if (path is null || path == "-")
        {
            return new OutputTarget(stdout, null, null);
        }

        var full = System.IO.Path.GetFullPath(path);
        var file = new FileStream(full, mode, FileAccess.Write, FileShare.Read, BufferSize, FileOptions.Asynchronous);
        return new OutputTarget(new StreamWriter(file, new UTF8Encoding(false), BufferSize), file, full);
    }
}
