using FitbitPlus.Models;
using FitbitPlus.Paging;
using FitbitPlus.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.GeneratedClient;

/// <summary>
/// Every example of the publisher's document deserializes into our generated type with the library's settings and
/// serializes back with no value lost or changed: what the API sends survives a typed read (and a read-modify-write).
/// </summary>
public class PublisherExampleRoundTripTests
{
    private const string Absent = "publisher document absent";

    // Known publisher defects: "<case name> <JSON path>" → why the value cannot survive our (corrected) types.
    private static readonly IReadOnlyDictionary<string, string> KnownDefects = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["FetchPatientHealthMetricResponse → FetchPatientHealthMetricResponse (deserialize)"] =
            "C06: the publisher answers GET /patient_health_metric/{id} with the collection document; ours with one resource",
        ["FetchPatientHealthResultResponse → FetchPatientHealthResultResponse (deserialize)"] =
            "C06: the publisher answers GET /result/{id} with the collection document; ours with one resource",
    };

    // Publisher example values in a shape the API does not send: "<case name> <JSON path>" → the value as the API sends
    // it, used in place of the example's (and counted as an allowed defect).
    private static readonly IReadOnlyDictionary<string, (string Json, string Why)> KnownDefectFixes = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["CalendarEventResource → CalendarEventResource $.attributes.completed_by"] =
            ("""{"type":"coach","id":"5a0c8e27a9d454cc150997c9"}""", "completed_by is a resource identifier {type, id} (the API refuses a bare id); the example shows a bare id"),
        ["UpdateCalendarEventRequest → UpdateCalendarEventRequest $.data.attributes.completed_by"] =
            ("""{"type":"coach","id":"5a0c8e27a9d454cc150997c9"}""", "completed_by is a resource identifier {type, id} (the API refuses a bare id); the example shows a bare id"),
    };

    // Example members a typed caller can reach only through AdditionalProperties: "<case name> <JSON path>" → why they
    // stay untyped. Every other member of every example must be a declared (typed) member of our models.
    private static readonly IReadOnlyDictionary<string, string> KnownUntyped = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["HealthProfileQuestionResource → HealthProfileQuestionResource $.attribute"] =
            "the publisher's typo: the example names the attributes member 'attribute'",
        ["PatientHealthMetricResource → PatientHealthMetricResource $.data"] =
            "document-shaped: the resource definition's example is a whole document ({data: ...}), not a resource",
        ["PatientHealthResultResource → PatientHealthResultResource $.data"] =
            "document-shaped: the resource definition's example is a whole document ({data: ...}), not a resource",
        ["FetchHealthProfileQuestionResponse → FetchHealthProfileQuestionResponse $.data.relationships.question_definition.links.links"] =
            "C13: the publisher nests relationship links in links.links; the API's relationship links are links.related",
        ["FetchHealthProfileQuestionsResponse → FetchHealthProfileQuestionsResponse $.data[0].relationships.question_definition.links.links"] =
            "C13: the publisher nests relationship links in links.links; the API's relationship links are links.related",
    };

    private static readonly Lazy<PublisherExamples?> Examples = new(() =>
        File.Exists(RepositoryPaths.PublisherSpec) ? PublisherExamples.Load(RepositoryPaths.PublisherSpec, RepositoryPaths.Spec) : null);

    /// <summary>One case per (example, generated type) pair; one placeholder case when the document is absent.</summary>
    public static IEnumerable<TestCaseData> Cases()
    {
        if (Examples.Value is not { } examples)
        {
            yield return new TestCaseData(Absent).SetName("RoundTrip_PublisherExample_KeepsEveryValue(publisher document absent)");
            yield break;
        }

        foreach (var example in examples.Cases)
        {
            yield return new TestCaseData(example.Name).SetName($"RoundTrip_PublisherExample_KeepsEveryValue({example.Name})");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void RoundTrip_PublisherExample_KeepsEveryValue(string caseName)
    {
        var examples = RequireExamples();
        var example = examples.Cases.Single(c => c.Name == caseName);

        var problems = Problems(example, out _);

        Assert.That(problems, Is.Empty,
            $"{example.Source} as {example.TargetType} (used by {string.Join(", ", example.Usages)}): values lost or changed:\n  " + string.Join("\n  ", problems));
    }

    [Test]
    public void RoundTrip_AllPublisherExamples_ReportsCountsAndZeroValuesLost()
    {
        var examples = RequireExamples();
        var compared = 0;
        var allowed = 0;
        var failures = new List<string>();
        var usedDefects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var example in examples.Cases)
        {
            failures.AddRange(Problems(example, out var result, usedDefects).Select(p => $"{example.Name}: {p}"));
            compared += result.Compared;
            allowed += result.Allowed;
        }

        TestContext.Out.WriteLine(
            $"Publisher examples: {examples.ExamplesRead} read, {examples.Cases.Count} (example, type) round trips, " +
            $"{compared} values compared, {failures.Count} lost or changed, {allowed} known publisher defects allowed.");
        Assert.That(failures, Is.Empty, "values lost or changed:\n" + string.Join("\n", failures));
        Assert.That(KnownDefects.Keys.Except(usedDefects), Is.Empty, "allow-list entries that no example needs any more");
        Assert.That(KnownDefectFixes.Keys.Except(usedDefects), Is.Empty, "example fixes that no example needs any more");
    }

    [Test]
    public void RoundTrip_AllPublisherExamples_EveryMemberIsTypedExceptKnownExceptions()
    {
        var examples = RequireExamples();
        var untyped = examples.Cases.SelectMany(example => Untyped(example).Select(path => $"{example.Name} {path}")).ToList();

        TestContext.Out.WriteLine(
            $"Publisher examples: {untyped.Count} members reachable only through AdditionalProperties ({KnownUntyped.Count} known exceptions):\n  " +
            string.Join("\n  ", untyped));
        Assert.That(untyped.Except(KnownUntyped.Keys), Is.Empty, "example members that reach a typed caller only as AdditionalProperties");
        Assert.That(KnownUntyped.Keys.Except(untyped), Is.Empty, "known-exception entries that no example needs any more");
    }

    private static PublisherExamples RequireExamples()
    {
        if (Examples.Value is not { } examples)
        {
            Assert.Ignore($"The publisher's document is not at {RepositoryPaths.PublisherSpec}; the example round trip needs it.");
            throw new InvalidOperationException("unreachable");
        }

        Assert.That(examples.Cases, Is.Not.Empty, "no example was read from the publisher's document");
        return examples;
    }

    // The example with each known defect replaced by the value as the API sends it.
    private static JToken Fixed(PublisherExample example, ISet<string>? usedDefects)
    {
        var json = example.Json.DeepClone();
        foreach (var (key, (value, _)) in KnownDefectFixes)
        {
            if (key.StartsWith(example.Name + " ", StringComparison.Ordinal))
            {
                var target = json.SelectToken(key[(example.Name.Length + 1)..])
                    ?? throw new AssertionException($"{key}: the example has no such value to fix");
                target.Replace(JToken.Parse(value));
                usedDefects?.Add(key);
            }
        }

        return json;
    }

    // The members of the example that deserialize only into AdditionalProperties (none when it does not deserialize).
    private static List<string> Untyped(PublisherExample example)
    {
        var type = typeof(FitbitPlusApiClient).Assembly.GetType("FitbitPlus.Models." + example.TargetType)
            ?? throw new AssertionException($"{example.Name}: no generated type {example.TargetType}");
        try
        {
            using var reader = new JsonTextReader(new StringReader(Fixed(example, null).ToString(Formatting.None)));
            return UntypedMembers.Of(GeneratedJson.CreateSerializer().Deserialize(reader, type));
        }
        catch (JsonException)
        {
            return []; // an allow-listed deserialization defect (KnownDefects); the round-trip test reports any other
        }
    }

    // Deserializes, serializes back and compares; problems on allow-listed paths are counted, not reported.
    private static List<string> Problems(PublisherExample example, out (int Compared, int Allowed) counts, ISet<string>? usedDefects = null)
    {
        var type = typeof(FitbitPlusApiClient).Assembly.GetType("FitbitPlus.Models." + example.TargetType)
            ?? throw new AssertionException($"{example.Name}: no generated type {example.TargetType}");
        var serializer = GeneratedJson.CreateSerializer();
        var original = Fixed(example, usedDefects);
        var fixes = KnownDefectFixes.Keys.Count(k => k.StartsWith(example.Name + " ", StringComparison.Ordinal));
        JToken roundTripped;
        try
        {
            // As the generated client reads a response: from text, with its serializer.
            using var reader = new JsonTextReader(new StringReader(original.ToString(Formatting.None)));
            var value = serializer.Deserialize(reader, type);
            using var writer = new StringWriter();
            serializer.Serialize(writer, value);
            using var back = new JsonTextReader(new StringReader(writer.ToString())) { DateParseHandling = DateParseHandling.None };
            roundTripped = JToken.ReadFrom(back);
        }
        catch (JsonException exception)
        {
            var key = $"{example.Name} (deserialize)";
            counts = (1, KnownDefects.ContainsKey(key) ? 1 : 0);
            usedDefects?.Add(key);
            return KnownDefects.ContainsKey(key) ? [] : [$"does not deserialize: {exception.Message}"];
        }

        var comparison = JsonTreeComparison.Compare(original, roundTripped);
        var problems = new List<string>();
        var allowed = fixes;
        foreach (var (path, problem) in comparison.Problems)
        {
            var key = $"{example.Name} {path}";
            if (KnownDefects.ContainsKey(key))
            {
                allowed++;
                usedDefects?.Add(key);
            }
            else
            {
                problems.Add($"{path}: {problem}");
            }
        }

        counts = (comparison.ValuesCompared, allowed);
        return problems;
    }
}
