namespace FitbitPlus.Cli.Query;

/// <summary>Parses repeated <c>--filter name=value</c> arguments into full query parameter names.</summary>
internal static class FilterArguments
{
    /// <summary>
    /// Maps <c>organization=o1</c> and <c>filter[organization]=o1</c> alike to <c>filter[organization]</c> → <c>o1</c>,
    /// and <c>identifier[system]=x</c> to <c>filter[identifier][system]</c>.
    /// </summary>
    /// <exception cref="UsageException">An argument has no name or no <c>=</c>, or names a filter twice.</exception>
    public static IReadOnlyDictionary<string, string> Parse(IEnumerable<string>? arguments)
    {
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in arguments ?? [])
        {
            var separator = argument.IndexOf('=', StringComparison.Ordinal);
            var name = separator < 0 ? string.Empty : argument[..separator].Trim();
            if (name.Length == 0)
            {
                throw new UsageException($"--filter expects name=value, for example --filter organization=o1 (was '{argument}').");
            }

            var parameter = ToParameterName(name);
            if (!filters.TryAdd(parameter, argument[(separator + 1)..]))
            {
                throw new UsageException($"--filter names {parameter} twice; give one comma-separated value instead (for example {name}=a,b).");
            }
        }

        return filters;
    }

    /// <summary>The full query parameter name for a filter name as typed.</summary>
    public static string ToParameterName(string name)
    {
        if (name.StartsWith("filter[", StringComparison.Ordinal))
        {
            return name;
        }

        if (name.StartsWith("page[", StringComparison.Ordinal))
        {
            throw new UsageException($"'{name}' is a paging parameter, not a filter; use --page-size.");
        }

        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? $"filter[{name}]" : $"filter[{name[..bracket]}]{name[bracket..]}";
    }
}
