using Newtonsoft.Json.Linq;

namespace FitbitPlus.Cli.Output;

/// <summary>
/// CSV (RFC 4180, CRLF line ends) a spreadsheet can use: one column per leaf value (<c>addresses[0].city</c>,
/// <c>owner.first_name</c>), arrays longer than <see cref="JsonLeaves.MaxArrayItems"/> items as one JSON cell.
/// The header is fixed before the first row: <c>id</c>, <c>type</c>, every attribute leaf the spec declares outside
/// arrays, plus every leaf seen on the first page, in the spec's order (<see cref="CsvColumnRanks"/>), then
/// <see cref="CsvRow.ExtraColumn"/>: a JSON object of any value of a row that has no column (first seen after the
/// first page), so nothing the API sends is dropped. <c>--columns</c> replaces the header with the named columns.
/// </summary>
internal sealed class CsvResourceWriter : IResourceWriter
{
    private const string LineEnd = "\r\n";
    private readonly TextWriter _output;
    private readonly string? _type;
    private readonly IReadOnlyList<string> _relationships;
    private readonly IReadOnlyList<string>? _selected;
    private List<string>? _columns;
    private HashSet<string>? _columnSet;
    private HashSet<string>? _containers;
    private int _rowsWithExtra;

    /// <summary>Creates a writer over <paramref name="output"/> (which stays open).</summary>
    /// <param name="output">The destination.</param>
    /// <param name="type">The JSON:API type exported, whose spec attributes order the columns.</param>
    /// <param name="relationships">The top-level <c>--include</c> relationships, flattened into columns.</param>
    /// <param name="columns">The <c>--columns</c> selection (in order), or <see langword="null"/> for the default header.</param>
    public CsvResourceWriter(TextWriter output, string? type, IReadOnlyList<string> relationships, IReadOnlyList<string>? columns = null)
    {
        _output = output;
        _type = type;
        _relationships = relationships;
        _selected = columns;
    }

    /// <summary>Creates a writer that appends rows under an existing header (no header is written; its columns are kept).</summary>
    /// <param name="output">The destination, positioned after the existing rows.</param>
    /// <param name="type">The JSON:API type synced.</param>
    /// <param name="relationships">The top-level <c>--include</c> relationships.</param>
    /// <param name="existingHeader">The header row already in the file.</param>
    public static CsvResourceWriter Appending(TextWriter output, string? type, IReadOnlyList<string> relationships, IReadOnlyList<string> existingHeader) =>
        new(output, type, relationships)
        {
            _columns = [.. existingHeader],
            _columnSet = new HashSet<string>(existingHeader, StringComparer.Ordinal),
        };

    /// <inheritdoc />
    public string? CompletionWarning => _rowsWithExtra == 0
        ? null
        : _columnSet?.Contains(CsvRow.ExtraColumn) == false
            ? $"{_rowsWithExtra} CSV rows had values with no column in the existing header, which has no {CsvRow.ExtraColumn} column; those values are not in the file (use --format jsonl)"
            : $"{_rowsWithExtra} CSV rows had values first seen after the first page, with no column of their own; they are kept as JSON in the {CsvRow.ExtraColumn} column (or use --columns, or --format jsonl)";

    /// <inheritdoc />
    public void BeginPage(IReadOnlyList<JObject> resources, IReadOnlyList<JObject?> related)
    {
        if (_columns is not null)
        {
            return;
        }

        if (_selected is not null)
        {
            _columns = [.. _selected];
        }
        else
        {
            var rows = resources.Select((r, i) => CsvRow.Of(r, i < related.Count ? related[i] : null, _relationships)).ToList();
            var ranks = new CsvColumnRanks(_type, _relationships.Select(r => (r, CsvColumnRanks.RelatedType(related, r))).ToList());
            var paths = SpecAttributeOrder.FixedLeaves(_type).Select(p => CsvRow.AttributePath(p, _relationships))
                .Concat(rows.SelectMany(row => JsonLeaves.Of(string.Empty, row).Select(l => l.Path)))
                .Distinct(StringComparer.Ordinal);
            _columns = [.. CsvColumnRule.LeavesOnly(ranks.Order(paths)), CsvRow.ExtraColumn];
        }

        _columnSet = new HashSet<string>(_columns, StringComparer.Ordinal);
        _output.Write(string.Join(',', _columns.Select(CsvField.Escape)));
        _output.Write(LineEnd);
    }

    /// <inheritdoc />
    public void Write(JObject resource, JObject? related)
    {
        if (_columns is null || _columnSet is null)
        {
            throw new InvalidOperationException("BeginPage must be called before Write.");
        }

        var row = CsvRow.Of(resource, related, _relationships);
        var leaves = new Dictionary<string, JToken>(StringComparer.Ordinal);
        foreach (var (path, value) in JsonLeaves.Of(string.Empty, row))
        {
            leaves.TryAdd(path, value);
        }

        for (var i = 0; i < _columns.Count; i++)
        {
            if (i > 0)
            {
                _output.Write(',');
            }

            _output.Write(_columns[i] == CsvRow.ExtraColumn ? Extra(leaves) : CsvField.Cell(Find(row, leaves, _columns[i], _selected is not null)));
        }

        if (!_columnSet.Contains(CsvRow.ExtraColumn))
        {
            _ = Extra(leaves); // an older header without the extra column: count what it cannot hold, for the warning
        }

        _output.Write(LineEnd);
    }

    // A selected column may name a whole object or array (--columns addresses): its cell is then compact JSON. A default
    // column holds leaves only: when a row has an object where the header has a leaf, its leaves go to extra_json instead.
    private static JToken? Find(JObject row, Dictionary<string, JToken> leaves, string column, bool selected)
    {
        if (leaves.TryGetValue(column, out var leaf))
        {
            return leaf;
        }

        if (!selected)
        {
            return null;
        }

        try
        {
            return row.SelectToken(column);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null; // not a path Newtonsoft can read (e.g. attributes.type); no such value
        }
    }

    private HashSet<string> Containers() =>
        _containers ??= new HashSet<string>(_columnSet!.SelectMany(CsvColumnRule.Prefixes), StringComparer.Ordinal);

    private string Extra(Dictionary<string, JToken> leaves)
    {
        var extra = new JObject();
        foreach (var (path, value) in leaves)
        {
            if (!IsCovered(path, value))
            {
                extra[path] = value;
            }
        }

        if (extra.Count == 0)
        {
            return string.Empty;
        }

        if (_selected is null)
        {
            _rowsWithExtra++; // with --columns the user chose what goes here
        }

        return CsvField.Escape(CsvField.ToText(extra));
    }

    // A leaf has a column of its own, or sits inside a selected object/array column; a null (or empty object or array)
    // where the header has columns under that path is those columns left empty, not a value without a column.
    private bool IsCovered(string path, JToken value) =>
        _columnSet!.Contains(path)
        || (value is JValue { Type: JTokenType.Null } or JContainer { HasValues: false } && Containers().Contains(path))
        || (_selected is not null && _selected.Any(c => path.StartsWith(c + ".", StringComparison.Ordinal) || path.StartsWith(c + "[", StringComparison.Ordinal)));
}
