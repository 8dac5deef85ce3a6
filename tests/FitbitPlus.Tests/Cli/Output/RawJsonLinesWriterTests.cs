using System.Text;
using FitbitPlus.Cli.Output;
using FitbitPlus.Paging;

namespace FitbitPlus.Tests.Cli.Output;

public class RawJsonLinesWriterTests
{
    private const string Compact = """{"type":"patient","id":"p1","attributes":{"first_name":"Jos\u00e9","city":"Bogotá"}}""";
    private const string Pretty = "{\r\n  \"type\": \"patient\",\n  \"id\": \"p2\",\n  \"attributes\": { \"note\": \"a\\nb\" }\n}";

    [Test]
    public async Task Write_ToFile_ServersBytesOnePerLine()
    {
        var path = Path.GetTempFileName();
        try
        {
            await using (var output = OutputTarget.Open(path, TextWriter.Null))
            {
                var writer = new RawJsonLinesWriter(output);
                writer.Write(Resource(Compact));
                writer.Write(Resource(Pretty));
            }

            var lines = await File.ReadAllLinesAsync(path, Encoding.UTF8);
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(lines[0], Is.EqualTo(Compact), "escapes and non-ASCII text exactly as sent");
            Assert.That(lines[1], Is.EqualTo("{    \"type\": \"patient\",   \"id\": \"p2\",   \"attributes\": { \"note\": \"a\\nb\" } }"),
                "a pretty-printed resource becomes one line; the escaped \\n inside a string stays");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task Write_ToStdout_SameTextAsTheFile()
    {
        var stdout = new StringWriter();
        await using (var output = OutputTarget.Open(null, stdout))
        {
            new RawJsonLinesWriter(output).Write(Resource(Compact));
        }

        Assert.That(stdout.ToString(), Is.EqualTo(Compact + "\n"));
    }

    private static RawResource Resource(string json) => new("patient", "p", Encoding.UTF8.GetBytes(json));
}
