using System.Globalization;
using Newtonsoft.Json.Linq;
using YamlDotNet.RepresentationModel;

namespace FitbitPlus.Mock.Spec;

/// <summary>Turns a YAML document into JSON tokens, typing plain scalars (numbers, booleans, null) as YAML 1.2 does.</summary>
internal static class YamlJson
{
    /// <summary>The first document of <paramref name="yaml"/> as a JSON token.</summary>
    public static JToken Parse(string yaml)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(yaml);
        stream.Load(reader);
        return stream.Documents.Count == 0 ? JValue.CreateNull() : Convert(stream.Documents[0].RootNode);
    }

    private static JToken Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JObject(map.Children.Select(c => new JProperty(((YamlScalarNode)c.Key).Value ?? string.Empty, Convert(c.Value)))),
        YamlSequenceNode sequence => new JArray(sequence.Children.Select(Convert)),
        YamlScalarNode scalar => Scalar(scalar),
        _ => JValue.CreateNull(),
    };

    private static JToken Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return new JValue(text);
        }

        return text switch
        {
            "true" => new JValue(true),
            "false" => new JValue(false),
            "null" or "~" or "" => JValue.CreateNull(),
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => new JValue(integer),
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => new JValue(number),
            _ => new JValue(text),
        };
    }
}
