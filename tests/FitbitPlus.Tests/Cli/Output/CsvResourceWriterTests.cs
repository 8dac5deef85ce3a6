using FitbitPlus.Cli.Output;
using FitbitPlus.Tests.Cli;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Cli.Output;

public sealed class CsvResourceWriterTests
{
    [Test]
    public void Write_NestedAttributes_OneColumnPerLeafInTheSpecsOrder()
    {
        var patient = Patient("p1", """{"last_name":"Doe","first_name":"Ann","addresses":[{"city":"Oslo","street":"A 1"},{"city":"Bergen"}]}""");

        var (header, rows) = Export("patient", [[patient]]);

        Assert.That(header.Take(2), Is.EqualTo(new[] { "id", "type" }));
        Assert.That(header[^1], Is.EqualTo(CsvRow.ExtraColumn));
        // first_name precedes last_name in the spec although the API sent last_name first.
        Assert.That(Array.IndexOf(header, "first_name"), Is.LessThan(Array.IndexOf(header, "last_name")));
        Assert.That(Array.IndexOf(header, "last_name"), Is.LessThan(Array.IndexOf(header, "addresses[0].city")));
        Assert.That(Array.IndexOf(header, "addresses[0].street"), Is.LessThan(Array.IndexOf(header, "addresses[1].city")), "one array item's columns stay together");
        // A spec attribute the first page did not use still has its column: the header does not depend on the data.
        Assert.That(header, Does.Contain("gender"));
        Assert.That(header, Is.Unique);
        Assert.That(Cell(header, rows[0], "addresses[1].city"), Is.EqualTo("Bergen"));
        Assert.That(header, Does.Not.Contain("addresses[1].street"), "array items get the columns the first page used");
        Assert.That(Cell(header, rows[0], CsvRow.ExtraColumn), Is.Empty);
    }

    [Test]
    public void Write_IncludedOwner_FlattensIntoRelationshipColumns()
    {
        var resource = JObject.Parse("""{"type":"calendar_event","id":"e1","attributes":{"type":"appointment","title":"Visit"}}""");
        var related = JObject.Parse("""{"owner":{"type":"patient","id":"p1","attributes":{"first_name":"Ann","last_name":"Doe"}}}""");
        using var text = new StringWriter();
        var writer = new CsvResourceWriter(text, "calendar_event", ["owner"]);

        writer.BeginPage([resource], [related]);
        writer.Write(resource, related);

        var records = CsvText.Parse(text.ToString());
        Assert.That(records[0].Take(2), Is.EqualTo(new[] { "id", "type" }));
        Assert.That(records[0], Does.Contain("attributes.type"));
        Assert.That(Cell(records[0], records[1], "owner.id"), Is.EqualTo("p1"));
        Assert.That(Cell(records[0], records[1], "owner.first_name"), Is.EqualTo("Ann"));
        Assert.That(Array.IndexOf(records[0], "owner.first_name"), Is.LessThan(Array.IndexOf(records[0], "owner.last_name")));
        Assert.That(Cell(records[0], records[1], "attributes.type"), Is.EqualTo("appointment"));
    }

    [Test]
    public void Write_ArrayLongerThanTheBound_IsOneJsonCell()
    {
        var numbers = new JArray(Enumerable.Range(0, JsonLeaves.MaxArrayItems + 1).Select(i => new JObject { ["number"] = $"555-{i}" }));
        var patient = Patient("p1", new JObject { ["phone_numbers"] = numbers }.ToString());

        var (header, rows) = Export("patient", [[patient]]);

        Assert.That(header, Does.Contain("phone_numbers").And.Not.Contain("phone_numbers[0].number"));
        Assert.That(JArray.Parse(Cell(header, rows[0], "phone_numbers")), Has.Count.EqualTo(JsonLeaves.MaxArrayItems + 1));
    }

    [Test]
    public void Write_MemberFirstSeenAfterTheFirstPage_IsKeptInExtraJsonAndReported()
    {
        var first = Patient("p1", """{"first_name":"Ann","custom_on_page_one":"x"}""");
        var later = Patient("p2", """{"first_name":"Bob","addresses":[{"city":"Oslo"}],"surprise":{"a":1}}""");
        using var text = new StringWriter();
        var writer = new CsvResourceWriter(text, "patient", []);

        writer.BeginPage([first], [null]);
        writer.Write(first, null);
        writer.BeginPage([later], [null]);
        writer.Write(later, null);

        var records = CsvText.Parse(text.ToString());
        var extra = JObject.Parse(Cell(records[0], records[2], CsvRow.ExtraColumn));
        Assert.That(records[0], Does.Contain("custom_on_page_one"), "an unknown member of the first page gets its own column");
        Assert.That(Array.IndexOf(records[0], "custom_on_page_one"), Is.GreaterThan(Array.IndexOf(records[0], "first_name")));
        Assert.That(extra, Is.EqualTo(JObject.Parse("""{"addresses[0].city":"Oslo","surprise.a":1}""")).Using<JToken>(JToken.DeepEquals));
        Assert.That(writer.CompletionWarning, Does.Contain("1 CSV rows").And.Contain(CsvRow.ExtraColumn));
    }

    [Test]
    public void Write_SelectedColumns_WritesExactlyThoseInThatOrder()
    {
        var patient = Patient("p1", """{"first_name":"Ann","last_name":"Doe","addresses":[{"city":"Oslo"}]}""");
        using var text = new StringWriter();
        var writer = new CsvResourceWriter(text, "patient", [], ["last_name", "id", "addresses", "missing"]);

        writer.BeginPage([patient], [null]);
        writer.Write(patient, null);

        var records = CsvText.Parse(text.ToString());
        Assert.That(records[0], Is.EqualTo(new[] { "last_name", "id", "addresses", "missing" }));
        Assert.That(records[1][0..2], Is.EqualTo(new[] { "Doe", "p1" }));
        Assert.That(JArray.Parse(records[1][2])[0]!["city"]!.ToString(), Is.EqualTo("Oslo"));
        Assert.That(records[1][3], Is.Empty);
        Assert.That(writer.CompletionWarning, Is.Null);
    }

    [Test]
    public void Write_FormulaInAttributeAndInAttributeName_IsNeutralised()
    {
        var patient = Patient("p1", """{"first_name":"=cmd|' /C calc'!A0","=evil":"@x"}""");

        using var text = new StringWriter();
        var writer = new CsvResourceWriter(text, "patient", []);
        writer.BeginPage([patient], [null]);
        writer.Write(patient, null);

        Assert.That(text.ToString(), Does.Contain("\"'=cmd|' /C calc'!A0\"").And.Contain("\"'=evil\"").And.Contain("\"'@x\""));
    }

    private static JObject Patient(string id, string attributes) =>
        new() { ["type"] = "patient", ["id"] = id, ["attributes"] = JObject.Parse(attributes) };

    private static (string[] Header, List<string[]> Rows) Export(string type, JObject[][] pages)
    {
        using var text = new StringWriter();
        var writer = new CsvResourceWriter(text, type, []);
        foreach (var page in pages)
        {
            writer.BeginPage(page, page.Select(_ => (JObject?)null).ToList());
            foreach (var resource in page)
            {
                writer.Write(resource, null);
            }
        }

        var records = CsvText.Parse(text.ToString());
        Assert.That(records.Skip(1).Select(r => r.Length), Is.All.EqualTo(records[0].Length), "every row has a cell per column");
        return (records[0], records.Skip(1).ToList());
    }

    private static string Cell(string[] header, string[] row, string column)
    {
        var index = Array.IndexOf(header, column);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"no column {column} in {string.Join(",", header)}");
        return row[index];
    }
}
