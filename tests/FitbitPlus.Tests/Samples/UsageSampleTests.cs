using FitbitPlus.Mock;
using FitbitPlus.Samples.Usage;
using FitbitPlus.Tests.Support;

namespace FitbitPlus.Tests.Samples;

/// <summary>The README's examples are lines of a sample that runs: they cannot rot.</summary>
[NonParallelizable] // redirects the process-wide Console.Out
public class UsageSampleTests
{
    [Test]
    public async Task RunAsync_AgainstTheMock_EveryExampleWorks()
    {
        using var server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 9 });
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            await UsageSample.RunAsync(server.BaseAddress, server.ClientId, server.ClientSecret);
        }
        finally
        {
            Console.SetOut(original);
        }

        var text = output.ToString();
        Assert.That(text, Does.Contain("DI client ready: True"));
        Assert.That(text, Does.Contain($"{server.Store.PatientIds[0]} "));
        Assert.That(text, Does.Match(@"\n\d+ patients changed since "));
        Assert.That(text, Does.Contain("exported 9 patients across two runs"), "resuming from the token neither skips nor repeats");
        Assert.That(text, Does.Contain("404 ResourceNotFound (req_id "));
        Assert.That(text, Does.Contain($"synced {server.Store.Count("patient")} patients, state saved"), "the typed sync delivers every patient once and saves its state");
        Assert.That(text, Does.Match($@"\n\d+ windows, {server.Store.Count("patient")} patients\r?\n"), "the typed partitioned export delivers every patient once");
    }

    [Test]
    public void Readme_EveryCSharpLineOfUsingTheLibrary_IsALineOfTheSample()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var start = readme.IndexOf("## Using the library", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = readme[start..end];
        var sample = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "samples", "FitbitPlus.Samples.Usage", "UsageSample.cs"))
            .Select(Normalize).ToHashSet(StringComparer.Ordinal);

        var blocks = section.Split("```").Where((_, i) => i % 2 == 1).Where(b => b.StartsWith("csharp", StringComparison.Ordinal)).ToList();
        var lines = blocks.SelectMany(b => b.Split('\n').Skip(1)).Select(Normalize).Where(l => l.Length > 0).ToList();

        Assert.That(blocks, Has.Count.GreaterThanOrEqualTo(6));
        Assert.That(blocks.Select(b => b.Split('\n').Skip(1).Count(l => l.Trim().Length > 0)), Is.All.LessThanOrEqualTo(5), "each README example at most 5 lines");
        Assert.That(lines.Where(l => !sample.Contains(l)), Is.Empty, "README lines missing from samples/FitbitPlus.Samples.Usage/UsageSample.cs");
    }

    // Compares code, not layout: indentation and runs of spaces do not matter.
    private static string Normalize(string line) => string.Join(' ', line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
