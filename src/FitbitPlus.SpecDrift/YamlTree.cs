using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FitbitPlus.SpecDrift;

/// <summary>
/// Loads YAML into a plain tree: mappings become <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to node,
/// sequences become <see cref="IReadOnlyList{T}"/>, scalars become strings, and YAML nulls become <c>null</c>.
/// </summary>
internal static class YamlTree
{
    /// <summary>Reads and parses a YAML file; failures become a <see cref="SpecDriftException"/> naming the file.</summary>
    public static object? LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new SpecDriftException($"cannot read {path}: {ex.Message}", ex);
        }

        return Parse(text, path);
    }

    /// <summary>Parses YAML text; <paramref name="sourceName"/> is used in error messages.</summary>
    public static object? Parse(string text, string sourceName)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new SpecDriftException($"invalid YAML in {sourceName}: {OneLine(ex.Message)} (line {ex.Start.Line})", ex);
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet reports duplicate mapping keys this way.
            throw new SpecDriftException($"invalid YAML in {sourceName}: {OneLine(ex.Message)}", ex);
        }

        if (stream.Documents.Count == 0)
        {
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            throw new SpecDriftException($"invalid YAML in {sourceName}: expected one document, found {stream.Documents.Count}");
        }

        return Convert(stream.Documents[0].RootNode, sourceName);
    }

    private static object? Convert(YamlNode node, string sourceName)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return IsNull(scalar) ? null : scalar.Value ?? string.Empty;
            case YamlSequenceNode sequence:
                return sequence.Children.Select(child => Convert(child, sourceName)).ToList();
            case YamlMappingNode mapping:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } key })
                    {
                        throw new SpecDriftException($"invalid YAML in {sourceName}: non-scalar mapping key (line {keyNode.Start.Line})");
                    }

                    map[key] = Convert(valueNode, sourceName);
                }

                return map;
            default:
                return null;
        }
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
