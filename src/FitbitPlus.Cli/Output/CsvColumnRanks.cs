using Newtonsoft.Json.Linq;

namespace FitbitPlus.Cli.Output;

/// <summary>
/// Orders CSV columns: <c>id</c>, <c>type</c>, the attributes in the spec's order, then each relationship with its
/// <c>id</c>, <c>type</c> and the related type's attributes in the spec's order; paths the spec does not name come after
/// their spec siblings in order of first appearance. Items of one array stay together (<c>addresses[0].*</c> before <c>addresses[1].*</c>).
/// </summary>
internal sealed class CsvColumnRanks
{
    private const int Unknown = 1_000_000;
    private readonly Dictionary<string, int> _ranks = new(StringComparer.Ordinal);
    private int _unknown = Unknown;

    /// <summary>Creates the ranks of a resource type and its inlined relationships (with the related type found on the first page, if any).</summary>
    public CsvColumnRanks(string? type, IReadOnlyList<(string Name, string? RelatedType)> relationships)
    {
        Add("id");
        Add("type");
        var names = relationships.Select(r => r.Name).ToList();
        foreach (var path in SpecAttributeOrder.Paths(type))
        {
            Add(CsvRow.AttributePath(path, names));
        }

        foreach (var (name, relatedType) in relationships)
        {
            foreach (var prefix in new[] { name, name + "[]" })
            {
                Add(prefix);
                Add(prefix + ".id");
                Add(prefix + ".type");
                foreach (var path in SpecAttributeOrder.Paths(relatedType))
                {
                    Add(prefix + "." + path);
                }
            }
        }
    }

    /// <summary>Sorts <paramref name="paths"/> (given in order of first appearance) into column order.</summary>
    public List<string> Order(IEnumerable<string> paths)
    {
        var keyed = paths.Select(p => (Path: p, Key: Key(p))).ToList();
        keyed.Sort((a, b) => Compare(a.Key, b.Key));
        return keyed.Select(k => k.Path).ToList();
    }

    private void Add(string template) => _ranks.TryAdd(template, _ranks.Count);

    private List<int> Key(string path)
    {
        var key = new List<int>();
        foreach (var (prefix, index) in JsonLeaves.Segments(path))
        {
            if (!_ranks.TryGetValue(prefix, out var rank))
            {
                rank = _unknown++;
                _ranks.Add(prefix, rank);
            }

            key.Add(rank);
            key.Add(index);
        }

        return key;
    }

    private static int Compare(List<int> a, List<int> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    /// <summary>The type of the first related resource of <paramref name="relationship"/> among <paramref name="related"/>.</summary>
    public static string? RelatedType(IEnumerable<JObject?> related, string relationship) =>
        related.Select(r => r?[relationship] switch
        {
            JObject one => one.Value<string>("type"),
            JArray many => many.OfType<JObject>().Select(o => o.Value<string>("type")).FirstOrDefault(t => t is not null),
            _ => null,
        }).FirstOrDefault(t => t is not null);
}
