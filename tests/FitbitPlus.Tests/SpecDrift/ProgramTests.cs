using FitbitPlus.SpecDrift;

namespace FitbitPlus.Tests.SpecDrift;

[TestFixture]
public sealed class ProgramTests
{
    private const string StatusEnumChange = """
        corrections:
          - id: C01
            title: status lists a further known value
            kinds: [changed]
            facts: ["response fetchPet 200 data.attributes.status"]
            values: ["*enum=*lost*"]
        """;

    private string directory = string.Empty;
    private StringWriter stdout = new();
    private StringWriter stderr = new();

    [SetUp]
    public void SetUp()
    {
        directory = Directory.CreateTempSubdirectory("specdrift-tests-").FullName;
        stdout = new StringWriter();
        stderr = new StringWriter();
    }

    [TearDown]
    public void TearDown()
    {
        stdout.Dispose();
        stderr.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [Test]
    public void Run_MissingBaseFile_SkipsWithExitZero()
    {
        var missing = Path.Combine(directory, "nowhere.yaml");

        var exitCode = Run("--base", missing, "--target", Write("ours.yaml", SwaggerSamples.Hoisted));

        Assert.That(exitCode, Is.Zero);
        Assert.That(stdout.ToString().Trim(), Is.EqualTo($"SpecDrift skipped: publisher document not found at {missing}"));
    }

    [Test]
    public void Run_InvalidYaml_ExitsTwoNamingFile()
    {
        var broken = Write("broken.yaml", "swagger: '2.0'\npaths: [unclosed\n");

        var exitCode = Run("--base", Write("base.yaml", SwaggerSamples.Inline), "--target", broken);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(stderr.ToString(), Does.Contain(broken));
        Assert.That(stderr.ToString().Trim(), Does.Not.Contain('\n'));
    }

    [Test]
    public void Run_InvalidCorrectionsYaml_ExitsTwoNamingFile()
    {
        var corrections = Write("corrections.yaml", "corrections:\n  - id: C01\n    kinds: [changed\n");

        var exitCode = Run("--base", Write("base.yaml", SwaggerSamples.Inline), "--target", Write("ours.yaml", SwaggerSamples.Hoisted), "--corrections", corrections);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(stderr.ToString(), Does.Contain(corrections));
    }

    [TestCase("")]
    [TestCase("--base")]
    [TestCase("--base a.yaml")]
    [TestCase("--base a.yaml --target")]
    [TestCase("--base a.yaml --target b.yaml --bogus")]
    public void Run_UsageError_ExitsTwo(string commandLine)
    {
        Assert.That(Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)), Is.EqualTo(2));
        Assert.That(stderr.ToString(), Does.Contain("usage:"));
    }

    [Test]
    public void Run_EquivalentDocuments_ExitsZeroWithSummary()
    {
        var exitCode = Run("--base", Write("base.yaml", SwaggerSamples.Inline), "--target", Write("ours.yaml", SwaggerSamples.Hoisted));

        Assert.That(exitCode, Is.Zero);
        Assert.That(stdout.ToString(), Does.Match(@"^SpecDrift: \d+ facts compared, 0 added, 0 removed, 0 changed, 0 explained, 0 unexplained\s*$"));
    }

    [Test]
    public void Run_UnexplainedDifference_ExitsOne()
    {
        var exitCode = Run("--base", Write("base.yaml", SwaggerSamples.Inline), "--target", Write("ours.yaml", WithLostStatus()));

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stdout.ToString(), Does.Contain(
            "~ response fetchPet 200 data.attributes.status: type=string enum=[active,retired] required=false -> type=string enum=[active,lost,retired] required=false" + Environment.NewLine));
        Assert.That(stdout.ToString(), Does.Contain("0 added, 0 removed, 1 changed, 0 explained, 1 unexplained"));
    }

    [Test]
    public void Run_ReportOnly_ExitsZeroDespiteDifferences()
    {
        var exitCode = Run("--base", Write("base.yaml", SwaggerSamples.Inline), "--target", Write("ours.yaml", WithLostStatus()), "--report-only");

        Assert.That(exitCode, Is.Zero);
        Assert.That(stdout.ToString(), Does.Contain("1 unexplained"));
    }

    [Test]
    public void Run_DifferenceExplainedByCorrection_ExitsZeroAndMarksId()
    {
        var exitCode = Run(
            "--base", Write("base.yaml", SwaggerSamples.Inline),
            "--target", Write("ours.yaml", WithLostStatus()),
            "--corrections", Write("corrections.yaml", StatusEnumChange));

        Assert.That(exitCode, Is.Zero);
        Assert.That(stdout.ToString(), Does.Contain("enum=[active,lost,retired] required=false  (explained by C01)"));
        Assert.That(stdout.ToString(), Does.Contain("1 changed, 1 explained, 0 unexplained"));
    }

    [Test]
    public void Run_Quiet_OmitsExplainedLinesButKeepsUnexplainedAndSummary()
    {
        var exitCode = Run(
            "--base", Write("base.yaml", SwaggerSamples.Inline),
            "--target", Write("ours.yaml", WithLostStatus()),
            "--corrections", Write("corrections.yaml", StatusEnumChange),
            "--quiet");

        Assert.That(exitCode, Is.Zero);
        Assert.That(stdout.ToString(), Does.Not.Contain("explained by"));
        Assert.That(stdout.ToString().Trim(), Does.Match(@"^SpecDrift: \d+ facts compared, 0 added, 0 removed, 1 changed, 1 explained, 0 unexplained$"));

        stdout.GetStringBuilder().Clear();
        var unexplained = Run("--base", Write("base2.yaml", SwaggerSamples.Inline), "--target", Write("ours2.yaml", WithLostStatus()), "--quiet");

        Assert.That(unexplained, Is.EqualTo(1));
        Assert.That(stdout.ToString(), Does.Contain("~ response fetchPet 200 data.attributes.status"));
    }

    [Test]
    public void Run_StaleCorrection_ExitsOne()
    {
        var exitCode = Run(
            "--base", Write("base.yaml", SwaggerSamples.Inline),
            "--target", Write("ours.yaml", SwaggerSamples.Hoisted),
            "--corrections", Write("corrections.yaml", StatusEnumChange));

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stdout.ToString(), Does.Contain("stale correction: C01"));
        Assert.That(stdout.ToString(), Does.Contain("0 unexplained"));
    }

    [Test]
    public void Run_CorrectionNotMatchingDifference_LeavesItUnexplained()
    {
        var corrections = StatusEnumChange.Replace("*lost*", "*missing*", StringComparison.Ordinal);

        var exitCode = Run(
            "--base", Write("base.yaml", SwaggerSamples.Inline),
            "--target", Write("ours.yaml", WithLostStatus()),
            "--corrections", Write("corrections.yaml", corrections));

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stdout.ToString(), Does.Contain("1 unexplained"));
        Assert.That(stdout.ToString(), Does.Contain("stale correction: C01"));
    }

    private static string WithLostStatus() =>
        SwaggerSamples.Hoisted.Replace("x-known-values: [retired, active]", "x-known-values: [retired, active, lost]", StringComparison.Ordinal);

    private int Run(params string[] args) => Program.Run(args, stdout, stderr);

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
