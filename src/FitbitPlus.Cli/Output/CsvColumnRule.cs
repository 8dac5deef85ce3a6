namespace FitbitPlus.Cli.Output;

/// <summary>
/// A default CSV header holds leaf columns only: a path that has columns under it (<c>completed_by.type</c>,
/// <c>addresses[0].city</c>) never also gets a column of its own, which would repeat the same values as one JSON cell.
/// </summary>
internal static class CsvColumnRule
{
    /// <summary><paramref name="columns"/> in their order, without each column that another column lies under.</summary>
    public static List<string> LeavesOnly(IReadOnlyList<string> columns)
    {
        var containers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            containers.UnionWith(Prefixes(column));
        }

        return columns.Where(c => !containers.Contains(c)).ToList();
    }

    /// <summary>Every proper prefix of a path that ends at a member or index boundary: <c>a.b[0].c</c> → <c>a</c>, <c>a.b</c>, <c>a.b[0]</c>.</summary>
    public static IEnumerable<string> Prefixes(string path)
    {
        for (var i = 1; i < path.Length; i++)
        {
            if (path[i] is '.' or '[')
            {
                yield return path[..i];
            }
        }
    }
}
