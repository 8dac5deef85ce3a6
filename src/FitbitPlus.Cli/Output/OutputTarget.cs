using System.Text;

namespace FitbitPlus.Cli.Output;

/// <summary>Where an export goes: a file (created or truncated, relative to the current directory) or stdout.</summary>
internal sealed class OutputTarget : IAsyncDisposable
{
    private const int BufferSize = 64 * 1024;
    private readonly bool _ownsWriter;

    private OutputTarget(TextWriter writer, bool ownsWriter, string? path)
    {
        Writer = writer;
        _ownsWriter = ownsWriter;
        Path = path;
    }

    /// <summary>The buffered destination.</summary>
    public TextWriter Writer { get; }

    /// <summary>The full path of the output file, or <see langword="null"/> for stdout.</summary>
    public string? Path { get; }

    /// <summary>Opens <paramref name="path"/> (UTF-8 without BOM), or wraps <paramref name="stdout"/> when it is null.</summary>
    public static OutputTarget Open(string? path, TextWriter stdout)
    {
        if (path is null || path == "-")
        {
            return new OutputTarget(stdout, ownsWriter: false, null);
        }

        var full = System.IO.Path.GetFullPath(path);
        var stream = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.Read, BufferSize, FileOptions.Asynchronous);
        return new OutputTarget(new StreamWriter(stream, new UTF8Encoding(false), BufferSize), ownsWriter: true, full);
    }

    /// <summary>Flushes what was written so far (also after a cancellation) and closes the file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_ownsWriter)
        {
            await Writer.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            await Writer.FlushAsync().ConfigureAwait(false);
        }
    }
}
