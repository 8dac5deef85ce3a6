using Newtonsoft.Json.Linq;

namespace FitbitPlus.Cli.Output;

/// <summary>
/// CSV (RFC 4180, CRLF line ends): columns <c>id</c>, <c>type</c>, then every attribute name seen on the first page in
/// order of first appearance (<c>attributes.type</c> for an attribute that would clash with those), then <c>included.&lt;relationship&gt;</c> per <c>--include</c> relationship (compact JSON).
/// Nested attribute values are compact JSON. Attributes first seen after the first page cannot get a column in a
/// streamed file; they are named in <see cref="CompletionWarning"/>.
/// </summary>
internal sealed class CsvResourceWriter : IResourceWriter
{
    private const string LineEnd = "\r\n";
    private const int MaxOmittedNames = 50;
    private readonly TextWriter _output;
    private readonly IReadOnlyList<string> _relationships;
    private readonly SortedSet<string> _omitted = new(StringComparer.Ordinal);
    private List<string>? _attributes;
    private HashSet<string>? _known;

    /// <summary>Creates a writer over <paramref name="output"/> (which stays open).</summary>
    /// <param name="output">The destination.</param>
    /// <param name="relationships">The top-level <c>--include</c> relationships, each getting a column.</param>
    public CsvResourceWriter(TextWriter output, IReadOnlyList<string> relationships)
    {
        _output = output;
        _relationships = relationships;
    }

    /// <summary>Creates a writer that appends rows under an existing header (no header is written; its columns are kept).</summary>
    /// <param name="output">The destination, positioned after the existing rows.</param>
    /// <param name="existingHeader">The header row already in the file: id, type, attribute columns.</param>
    public static CsvResourceWriter Appending(TextWriter output, IReadOnlyList<string> existingHeader)
    {
        var writer = new CsvResourceWriter(output, []);
        writer._attributes = existingHeader.Skip(2).Select(AttributeName).ToList();
        writer._known = new HashSet<string>(writer._attributes, StringComparer.Ordinal);
        return writer;
    }

    /// <inheritdoc />
    public string? CompletionWarning => _omitted.Count == 0
        ? null
        : $"attributes first seen after the first page have no CSV column and were left out: {string.Join(", ", _omitted)} (use --format jsonl for every attribute)";

    /// <inheritdoc />
    public void BeginPage(IReadOnlyList<JObject> resources)
    {
        if (_attributes is not null)
        {
            return;
        }

        _attributes = [];
        _known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            foreach (var attribute in Attributes(resource))
            {
                if (_known.Add(attribute.Name))
                {
                    _attributes.Add(attribute.Name);
                }
            }
        }

        var header = new[] { "id", "type" }.Concat(_attributes.Select(ColumnName)).Concat(_relationships.Select(r => "included." + r));
        _output.Write(string.Join(',', header.Select(CsvField.Escape)));
        _output.Write(LineEnd);
    }

    /// <inheritdoc />
    public void Write(JObject resource, JObject? related)
    {
        if (_attributes is null || _known is null)
        {
            throw new InvalidOperationException("BeginPage must be called before Write.");
        }

        _output.Write(CsvField.Escape(CsvField.ToText(resource["id"])));
        _output.Write(',');
        _output.Write(CsvField.Escape(CsvField.ToText(resource["type"])));
        var attributes = resource["attributes"] as JObject;
        foreach (var name in _attributes)
        {
            _output.Write(',');
            _output.Write(CsvField.Escape(CsvField.ToText(attributes?[name])));
        }

        foreach (var relationship in _relationships)
        {
            _output.Write(',');
            _output.Write(CsvField.Escape(CsvField.ToText(related?[relationship])));
        }

        _output.Write(LineEnd);
        foreach (var attribute in Attributes(resource))
        {
            if (!_known.Contains(attribute.Name) && _omitted.Count < MaxOmittedNames)
            {
                _omitted.Add(attribute.Name);
            }
        }
    }

    // The inverse of ColumnName, for a header read back from a file.
    private static string AttributeName(string column) =>
        column.StartsWith("attributes.", StringComparison.Ordinal) ? column["attributes.".Length..] : column;

    // An attribute called "type" or "id" (calendar events have one) must not look like the resource's own column.
    private static string ColumnName(string attribute) =>
        attribute is "id" or "type" || attribute.StartsWith("included.", StringComparison.Ordinal) || attribute.StartsWith("attributes.", StringComparison.Ordinal)
            ? "attributes." + attribute
            : attribute;

    private static IEnumerable<JProperty> Attributes(JObject resource) =>
        (resource["attributes"] as JObject)?.Properties() ?? [];
}
