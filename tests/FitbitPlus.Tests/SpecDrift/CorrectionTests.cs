using FitbitPlus.SpecDrift;

namespace FitbitPlus.Tests.SpecDrift;

[TestFixture]
public sealed class CorrectionTests
{
    private static readonly Difference ErrorsChanged = new(
        DifferenceKind.Changed, "response fetchPet 404 errors", "type=object required=false", "type=array required=false");

    [TestCase("response * 40? errors*", "response fetchPet 404 errors", true)]
    [TestCase("response * 40? errors*", "response fetchPet 400 errors[].code", true)]
    [TestCase("response * 40? errors*", "response fetchPet 500 errors", false)]
    [TestCase("response * 40? errors*", "Response fetchPet 404 errors", false)]
    [TestCase("param * query page[size]", "param fetchPets query page[size]", true)]
    [TestCase("param * query page[size]", "param fetchPets query pages", false)]
    [TestCase("op (x)", "op (x)", true)]
    [TestCase("body create.*", "body createXPet", false)]
    public void Glob_Pattern_MatchesAnchoredAndLiteral(string pattern, string text, bool expected)
    {
        Assert.That(new Glob(pattern).IsMatch(text), Is.EqualTo(expected));
    }

    [Test]
    public void Explains_MatchingKindKeyAndValue_ReturnsTrue()
    {
        var correction = Parse("""
            kinds: [changed]
                facts: ["response * 40? errors*"]
                values: ["type=array*"]
            """);

        Assert.That(correction.Explains(ErrorsChanged), Is.True);
    }

    [Test]
    public void Explains_WrongKind_ReturnsFalse()
    {
        var correction = Parse("""
            kinds: [added, removed]
                facts: ["response * 40? errors*"]
            """);

        Assert.That(correction.Explains(ErrorsChanged), Is.False);
    }

    [Test]
    public void Explains_NonMatchingKey_ReturnsFalse()
    {
        var correction = Parse("""
            kinds: [changed]
                facts: ["response * 409 errors*"]
            """);

        Assert.That(correction.Explains(ErrorsChanged), Is.False);
    }

    [Test]
    public void Explains_NonMatchingValue_ReturnsFalse()
    {
        var correction = Parse("""
            kinds: [changed]
                facts: ["response *"]
                values: ["*enum=*"]
            """);

        Assert.That(correction.Explains(ErrorsChanged), Is.False);
    }

    [Test]
    public void Explains_RemovedDifference_MatchesValuesAgainstBaseValue()
    {
        var correction = Parse("""
            kinds: [removed]
                facts: ["param *"]
                values: ["type=integer*"]
            """);
        var removed = new Difference(DifferenceKind.Removed, "param fetchPets query limit", "type=integer required=false", null);

        Assert.That(correction.Explains(removed), Is.True);
    }

    [Test]
    public void Explains_FromAndTo_ConstrainChangedValues()
    {
        var matching = Parse("""
            kinds: [changed]
                facts: ["*"]
                from: "type=object*"
                to: "type=array*"
            """);
        var reversed = Parse("""
            kinds: [changed]
                facts: ["*"]
                from: "type=array*"
                to: "type=object*"
            """);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(matching.Explains(ErrorsChanged), Is.True);
            Assert.That(reversed.Explains(ErrorsChanged), Is.False);
        }
    }

    [Test]
    public void Parse_SampleFile_LoadsAllEntries()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "corrections.sample.yaml");
        Assert.That(File.Exists(path), Is.True, "the SpecDrift project copies its sample to the output directory");

        var corrections = CorrectionsLoader.Load(path);

        Assert.That(corrections.Select(c => c.Id), Is.EqualTo(new[] { "C01", "C02", "C03" }));
    }

    [TestCase("corrections:\n  - id: C01\n    facts: ['*']\n", "kinds")]
    [TestCase("corrections:\n  - id: C01\n    kinds: [changed]\n", "facts")]
    [TestCase("corrections:\n  - id: C01\n    kinds: [moved]\n    facts: ['*']\n", "moved")]
    [TestCase("corrections:\n  - id: C01\n    kinds: [added]\n    fact: ['*']\n", "fact")]
    [TestCase("corrections:\n  - {id: C01, kinds: [added], facts: ['*']}\n  - {id: C01, kinds: [added], facts: ['*']}\n", "duplicate")]
    [TestCase("fixes: []\n", "corrections")]
    public void Parse_InvalidEntry_ThrowsNamingFileAndProblem(string yaml, string problem)
    {
        Assert.That(
            () => CorrectionsLoader.Parse(yaml, "corrections.yaml"),
            Throws.TypeOf<SpecDriftException>().With.Message.Contains("corrections.yaml").And.Message.Contains(problem));
    }

    private static Correction Parse(string body) =>
        CorrectionsLoader.Parse($"corrections:\n  - id: T1\n    {body}\n", "test-corrections.yaml").Single();
}
