using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Cli.Output;

/// <summary>
/// JSON Lines: each resource object exactly as the server sent it, compact, one per line; with <c>--include</c> the
/// resolved related resources are added as an <c>included</c> member (see <see cref="RelatedResourceInliner"/>).
/// </summary>
internal sealed class JsonLinesResourceWriter : IResourceWriter
{
    private readonly TextWriter _output;

    /// <summary>Creates a writer over <paramref name="output"/> (which stays open).</summary>
    public JsonLinesResourceWriter(TextWriter output) => _output = output;

    /// <inheritdoc />
    public string? CompletionWarning => null;

    /// <inheritdoc />
    public void BeginPage(IReadOnlyList<JObject> resources, IReadOnlyList<JObject?> related)
    {
    }

    /// <inheritdoc />
    public void Write(JObject resource, JObject? related)
    {
        if (related is not null)
        {
            resource["included"] = related;
        }

        // A writer per line: a JsonTextWriter refuses a second top-level value.
        using (var json = new JsonTextWriter(_output) { CloseOutput = false, Formatting = Formatting.None })
        {
            resource.WriteTo(json);
        }

        _output.Write('\n');
    }
}
