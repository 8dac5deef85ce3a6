using System.Text;
using FitbitPlus.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FitbitPlus.Tests.Samples;

/// <summary>
/// The README's "Using the library" compiles as a reader copies it: its first C# block is the <c>using</c>s, every
/// other block is compiled after them, in order, with nullable checks on and every warning an error.
/// </summary>
public class ReadmeCompileTests
{
    // The free names the examples use, as a reader's program would declare them. Everything else comes from the README.
    private const string Prelude = """
        internal static class ReadmeExamples
        {
            internal static async System.Threading.Tasks.Task RunAsync(
                string id, string secret, System.Uri apiBase, IServiceCollection services, string eventId,
                System.DateTimeOffset lastRun, string? saved, SyncState? state,
                System.Action<PatientResource, string?> Save, System.Action<PatientResource> Upsert)
            {
        """;

    // The implicit usings of `dotnet new console` (ImplicitUsings enabled), which the README does not repeat.
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    [Test]
    public void Readme_UsingTheLibraryBlocks_CompileWithTheShownUsingsAndNoWarning()
    {
        var blocks = CSharpBlocks();
        var usings = blocks[0];
        Assert.That(usings.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.All.StartWith("using "), "the section's first C# block is its usings");

        var source = new StringBuilder();
        source.AppendJoin('\n', ImplicitUsings.Select(u => $"global using {u};")).Append('\n').Append(usings).Append('\n').Append(Prelude).Append('\n');
        foreach (var block in blocks.Skip(1))
        {
            source.Append(block).Append('\n');
        }

        source.Append("    }\n}\n");
        var diagnostics = Compile(source.ToString());

        Assert.That(blocks, Has.Count.GreaterThanOrEqualTo(8));
        Assert.That(diagnostics.Select(d => d.ToString()), Is.Empty, source.ToString());
    }

    private static List<string> CSharpBlocks()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var start = readme.IndexOf("## Using the library", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return readme[start..end].Split("```").Where((_, i) => i % 2 == 1)
            .Where(b => b.StartsWith("csharp\n", StringComparison.Ordinal))
            .Select(b => b["csharp\n".Length..].TrimEnd())
            .ToList();
    }

    private static List<Diagnostic> Compile(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithGeneralDiagnosticOption(ReportDiagnostic.Error);
        var compilation = CSharpCompilation.Create("ReadmeExamples", [tree], References(), options);
        return compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    // The framework's assemblies plus the test's output (the library and its dependencies), as a consumer references them.
    private static IEnumerable<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.GetFiles(AppContext.BaseDirectory, "*.dll");
        return platform.Concat(local)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => MetadataReference.CreateFromFile(g.First()));
    }
}
