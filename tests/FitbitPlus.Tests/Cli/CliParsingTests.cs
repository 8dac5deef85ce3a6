using FitbitPlus.Cli;
using FitbitPlus.Cli.Output;
using FitbitPlus.Cli.Query;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Cli;

public sealed class CliParsingTests
{
    [TestCase("organization=o1", "filter[organization]", "o1")]
    [TestCase("filter[organization]=o1", "filter[organization]", "o1")]
    [TestCase("identifier[system]=MyEHR", "filter[identifier][system]", "MyEHR")]
    [TestCase("start_at=2024-01-01,2024-02-01", "filter[start_at]", "2024-01-01,2024-02-01")]
    [TestCase("note=a=b", "filter[note]", "a=b")]
    public void FilterArguments_EitherSpelling_FullParameterName(string argument, string parameter, string value)
    {
        var filters = FilterArguments.Parse([argument]);

        Assert.That(filters, Is.EquivalentTo(new Dictionary<string, string> { [parameter] = value }));
    }

    [Test]
    public void FilterArguments_PagingParameter_IsAUsageError() =>
        Assert.That(() => FilterArguments.Parse(["page[limit]=5"]), Throws.TypeOf<UsageException>().With.Message.Contain("--page-size"));

    [TestCase("plain", "plain")]
    [TestCase("a,b", "\"a,b\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [TestCase("two\nlines", "\"two\nlines\"")]
    [TestCase("", "")]
    public void CsvField_Escape_QuotesPerRfc4180(string text, string expected) =>
        Assert.That(CsvField.Escape(text), Is.EqualTo(expected));

    [Test]
    public void CsvField_ToText_JsonValuesAsText()
    {
        // As the pager reads them: date-like strings stay strings.
        using var reader = new JsonTextReader(new StringReader("""{"s":"x","n":1.5,"i":42,"b":false,"z":null,"o":{"a":[1,2]},"d":"2024-01-01T00:00:00.000Z"}"""))
        {
            DateParseHandling = DateParseHandling.None,
        };
        var attributes = JObject.Load(reader);
        attributes["parsed"] = new JValue(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5)));

        var texts = attributes.Properties().Select(p => CsvField.ToText(p.Value));

        Assert.That(texts, Is.EqualTo(new[] { "x", "1.5", "42", "false", "", """{"a":[1,2]}""", "2024-01-01T00:00:00.000Z", "2024-01-02T03:04:05-05:00" }));
    }

    [Test]
    public void IncludeTree_NestedPaths_NormalisedQueryValue()
    {
        var tree = IncludeTree.Parse(" questions.answer , patient,questions.question_definition")!;

        Assert.That(tree.ToQueryValue(), Is.EqualTo("questions.answer,questions.question_definition,patient"));
        Assert.That(tree.Children.Keys, Is.EqualTo(new[] { "questions", "patient" }));
    }

    [TestCase("owner,")]
    [TestCase("questions..answer")]
    public void IncludeTree_EmptySegment_IsAUsageError(string include) =>
        Assert.That(() => IncludeTree.Parse(include), Throws.TypeOf<UsageException>());
}
