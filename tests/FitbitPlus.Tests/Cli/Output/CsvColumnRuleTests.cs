using FitbitPlus.Cli.Output;
using FitbitPlus.Tests.Cli;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Cli.Output;

public sealed class CsvColumnRuleTests
{
    [Test]
    public void LeavesOnly_ObjectWithLeafColumns_DropsTheObjectColumn()
    {
        string[] columns = ["id", "completed_by", "completed_by.type", "completed_by.id", "addresses", "addresses[0].city", "title", "owner", "owner.id"];

        var leaves = CsvColumnRule.LeavesOnly(columns);

        Assert.That(leaves, Is.EqualTo(new[] { "id", "completed_by.type", "completed_by.id", "addresses[0].city", "title", "owner.id" }));
    }

    [Test]
    public void LeavesOnly_SimilarNamesThatAreNotPrefixes_KeepsBoth()
    {
        string[] columns = ["title", "title_long", "owner.id", "owner_id"];

        Assert.That(CsvColumnRule.LeavesOnly(columns), Is.EqualTo(columns));
    }

    [Test]
    public void Write_SpecLeafHoldingAnObject_WritesLeafColumnsAndNoObjectCell()
    {
        // The spec declares location as one string; here the API sends an object.
        var completed = JObject.Parse("""{"type":"calendar_event","id":"e1","attributes":{"title":"Visit","location":{"room":"A","floor":2},"completed_by":{"type":"patient","id":"p1"},"options":{}}}""");
        var open = JObject.Parse("""{"type":"calendar_event","id":"e2","attributes":{"title":"Call","location":null,"completed_by":null}}""");
        using var text = new StringWriter();
        var writer = new CsvResourceWriter(text, "calendar_event", []);

        writer.BeginPage([completed, open], [null, null]);
        writer.Write(completed, null);
        writer.Write(open, null);

        var records = CsvText.Parse(text.ToString());
        var header = records[0];
        Assert.That(header, Does.Not.Contain("completed_by").And.Not.Contain("location"));
        Assert.That(header, Does.Contain("location.room").And.Contain("location.floor"));
        Assert.That(header, Does.Contain("completed_by.type").And.Contain("completed_by.id"));
        Assert.That(records[1][Array.IndexOf(header, "completed_by.id")], Is.EqualTo("p1"));
        Assert.That(records.Skip(1).SelectMany(r => r), Has.None.StartWith("{"));
        Assert.That(writer.CompletionWarning, Is.Null, "a null where the header has leaf columns is those columns left empty");
    }

    [Test]
    public void Write_ObjectWhereTheHeaderHasALeaf_GoesToExtraJsonNotToTheLeafCell()
    {
        var first = JObject.Parse("""{"type":"calendar_event","id":"e1","attributes":{"title":"Visit"}}""");
        var later = JObject.Parse("""{"type":"calendar_event","id":"e2","attributes":{"location":{"room":"A"}}}""");
        using var text = new StringWriter();
        var writer = new CsvResourceWriter(text, "calendar_event", []);

        writer.BeginPage([first], [null]);
        writer.Write(first, null);
        writer.BeginPage([later], [null]);
        writer.Write(later, null);

        var records = CsvText.Parse(text.ToString());
        var header = records[0];
        var extra = JObject.Parse(records[2][Array.IndexOf(header, CsvRow.ExtraColumn)]);
        Assert.That(records[2].Where((_, i) => header[i] != CsvRow.ExtraColumn), Has.None.StartWith("{"));
        Assert.That(records[0], Does.Contain("location"), "the spec declares location as one value");
        Assert.That(records[2][Array.IndexOf(header, "location")], Is.Empty);
        Assert.That(extra, Is.EqualTo(JObject.Parse("""{"location.room":"A"}""")).Using<JToken>(JToken.DeepEquals));
    }
}
