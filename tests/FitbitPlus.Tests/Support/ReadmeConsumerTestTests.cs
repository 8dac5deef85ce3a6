namespace FitbitPlus.Tests.Support;

/// <summary>The README's consumer test is the file that tests/consumer/run.sh compiles and runs, so it cannot rot.</summary>
public class ReadmeConsumerTestTests
{
    [Test]
    public void TestingSection_CodeBlock_IsTheConsumerCheckTestFile()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var consumerTest = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "consumer", "PatientCountTests.cs")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("## Testing your code against the mock", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        var block = section[start..section.IndexOf("```\n", start, StringComparison.Ordinal)];

        Assert.That(block, Is.EqualTo(consumerTest));
    }
}
