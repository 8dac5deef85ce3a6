using System.Text;

namespace FitbitPlus.Tests.Paging;

/// <summary>One page-shape rule for every pager: typed, by name and raw accept and refuse the same pages with the same message.</summary>
public class PageShapeRuleTests
{
    private const string E3 = """{"type":"calendar_event","id":"e3"}""";

    [TestCase("""{"data":[],"included":{"type":"patient","id":"p1"}}""", "its 'included' is an object, not an array of resources")]
    [TestCase("""{"data":[],"meta":"x"}""", "its meta is a string, not an object")]
    [TestCase("""{"data":[],"meta":{"count":"many"}}""", "its meta.count is a string, not a whole number")]
    [TestCase("""{"data":[],"links":{"self":7}}""", "its links.self is a number, not a string")]
    [TestCase("""{"data":[null]}""", "its data[0] is null, not a resource object")]
    [TestCase("""{"data":["e3"]}""", "its data[0] is a string, not a resource object")]
    [TestCase("""{"data":[{}]}""", "its data[0] has no string type")]
    [TestCase("""{"data":[{"type":"calendar_event"}]}""", "its data[0] has no string id")]
    [TestCase("""{"data":[{"id":"e3"}]}""", "its data[0] has no string type")]
    [TestCase("""{"data":[{"type":"calendar_event","id":null}]}""", "its data[0].id is null, not a string")]
    [TestCase("{\"data\":[" + E3 + "," + E3 + "," + E3 + ",{\"type\":\"calendar_event\"}]}", "its data[3] has no string id")]
    [TestCase("""{"data":[{"type":"calendar_event","id":"e3","attributes":"x"}]}""", "its data[0].attributes is a string, not an object")]
    [TestCase("""{"data":[],"included":[null]}""", "its included[0] is null, not a resource object")]
    [TestCase("""{"data":[],"included":[""]}""", "its included[0] is a string, not a resource object")]
    [TestCase("""{"data":[],"included":[{}]}""", "its included[0] has no string type")]
    [TestCase("""{"data":[],"included":[{"type":"patient"}]}""", "its included[0] has no string id")]
    [TestCase("""{"data":[],"included":[{"type":"","id":"p1"}]}""", "its included[0] has no string type")]
    [TestCase("{\"data\":[{\"type\":\"calendar_event\",\"id\":\"e\u0000\"}]}", "not valid JSON")]
    [TestCase("""{"data":[] /* comment */}""", "not valid JSON")]
    [TestCase("""{"data":[],}""", "not valid JSON")]
    public async Task SecondPage_BreaksTheShapeRule_EveryPagerThrowsTheSameFitbitPlusException(string body, string expected) =>
        await AssertEveryPagerRefusesAsync(Encoding.UTF8.GetBytes(body), expected);

    [Test]
    public async Task SecondPage_Utf16WithByteOrderMark_EveryPagerRefusesIt() =>
        await AssertEveryPagerRefusesAsync(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"data\":[" + E3 + "]}")).ToArray(), "UTF-16");

    [Test]
    public async Task SecondPage_InvalidUtf8_EveryPagerNamesTheByteOffset()
    {
        var body = Encoding.UTF8.GetBytes("""{"data":[{"type":"calendar_event","id":"e3","attributes":{"title":"Jos?"}}]}""");
        var offset = Array.IndexOf(body, (byte)'?');
        body[offset] = 0xFF;

        await AssertEveryPagerRefusesAsync(body, $"not valid UTF-8 (byte offset {offset})");
    }

    [Test]
    public async Task SecondPage_CutInsideAMultiByteCharacter_EveryPagerRefusesItAsInvalidUtf8()
    {
        var body = Encoding.UTF8.GetBytes("""{"data":[{"type":"calendar_event","id":"e3","attributes":{"title":"José"}}]}""");
        var offset = Array.IndexOf(body, (byte)0xC3);

        await AssertEveryPagerRefusesAsync(body[..(offset + 1)], $"not valid UTF-8 (byte offset {offset})");
    }

    [Test]
    public async Task SecondPage_Utf8WithByteOrderMark_EveryPagerReadsIt()
    {
        using var pagers = new EveryPager { SecondPage = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"data\":[" + E3 + "]}")).ToArray() };

        var outcomes = await pagers.ReadAllAsync();

        Assert.That(outcomes.Select(o => o.Error), Is.All.Null);
        Assert.That(outcomes.Select(o => o.Resources.Select(r => r.Id)), Is.All.EqualTo(new[] { "e1", "e2", "e3" }));
    }

    private static async Task AssertEveryPagerRefusesAsync(byte[] body, string expected)
    {
        using var pagers = new EveryPager { SecondPage = body };

        var outcomes = await pagers.ReadAllAsync();

        for (var i = 0; i < outcomes.Length; i++)
        {
            Assert.That(outcomes[i].Error, Is.TypeOf<FitbitPlusException>(), $"{EveryPager.Names[i]}: {outcomes[i].Error}");
            Assert.That(outcomes[i].Error!.Message, Does.Contain(expected).And.Contain("GET /pub/calendar_event"), EveryPager.Names[i]);
        }

        Assert.That(outcomes.Select(o => o.Error!.Message).Distinct(), Has.Exactly(1).Items, "the same message from every pager");
    }
}
