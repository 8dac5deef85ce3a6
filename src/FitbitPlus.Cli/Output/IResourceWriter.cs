using Newtonsoft.Json.Linq;

namespace FitbitPlus.Cli.Output;

/// <summary>Writes exported resources one by one as they arrive (never collecting them).</summary>
internal interface IResourceWriter
{
    /// <summary>Called before each page's resources are written, with their inlined related resources (CSV takes its header from the first page).</summary>
    void BeginPage(IReadOnlyList<JObject> resources, IReadOnlyList<JObject?> related);

    /// <summary>Writes one resource, with its inlined related resources when <c>--include</c> was given.</summary>
    void Write(JObject resource, JObject? related);

    /// <summary>Something the user should know once everything is written (for example CSV columns left out), or <see langword="null"/>.</summary>
    string? CompletionWarning { get; }
}
