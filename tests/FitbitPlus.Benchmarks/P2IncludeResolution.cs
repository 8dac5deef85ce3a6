using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FitbitPlus.Benchmarks.Fixtures;
using FitbitPlus.Generated;
using FitbitPlus.JsonApi;
using FitbitPlus.Paging;
using Newtonsoft.Json;

namespace FitbitPlus.Benchmarks;

/// <summary>
/// P2: include resolution at 10 000 against 1 000 included resources — build the index of an already deserialized
/// document and resolve every summary's <c>patient</c> relationship (each resolution converts the included patient
/// to <see cref="PatientResource"/>, as a user's <c>GetOne&lt;PatientResource&gt;</c> does). The <c>Index</c>
/// category resolves to the raw <see cref="Resource"/> instead, isolating the index from the conversion.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[ShortInProcessJob(warmupCount: 5, iterationCount: 30)]
public class P2IncludeResolution
{
    private FetchPatientPlanSummariesResponse _document = new();

    // Each benchmark holds only its own document: a larger live heap makes every full GC dearer, and the other size's
    // document must not be billed to this one.
    [GlobalSetup(Targets = [nameof(Typed1000), nameof(Index1000)])]
    public void Setup1000() => _document = Prepare(1_000);

    [GlobalSetup(Targets = [nameof(Typed10000), nameof(Index10000)])]
    public void Setup10000() => _document = Prepare(10_000);

    /// <summary>1 000 included patients, resolved as <see cref="PatientResource"/>.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Typed")]
    public int Typed1000() => Typed(_document);

    /// <summary>10 000 included patients, resolved as <see cref="PatientResource"/>.</summary>
    [Benchmark]
    [BenchmarkCategory("Typed")]
    public int Typed10000() => Typed(_document);

    /// <summary>1 000 included patients, resolved as the raw <see cref="Resource"/> (index only).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Index")]
    public int Index1000() => Raw(_document);

    /// <summary>10 000 included patients, resolved as the raw <see cref="Resource"/> (index only).</summary>
    [Benchmark]
    [BenchmarkCategory("Index")]
    public int Index10000() => Raw(_document);

    private static int Typed(FetchPatientPlanSummariesResponse document) => Resolve<PatientResource>(document);

    private static int Raw(FetchPatientPlanSummariesResponse document) => Resolve<Resource>(document);

    private static int Resolve<T>(FetchPatientPlanSummariesResponse document)
        where T : class
    {
        // A fresh index each time, as each page gets its own: nothing converted earlier is reused.
        var included = IncludedResources.From(document.Included, "patient");
        var resolved = 0;
        foreach (var summary in document.Data)
        {
            if (included.GetOne<T>(summary.Relationships!.Patient).IsLoaded)
            {
                resolved++;
            }
        }

        return resolved;
    }

    private static FetchPatientPlanSummariesResponse Prepare(int count)
    {
        // Reaches the final JIT tier on a throw-away document before anything is measured.
        var warmUp = Deserialize(100);
        for (var i = 0; i < 300; i++)
        {
            Typed(warmUp);
            Raw(warmUp);
        }

        var document = Deserialize(count);
        if (Typed(document) != count || Raw(document) != count)
        {
            throw new InvalidOperationException("Fixture check failed: not every relationship resolved.");
        }

        return document;
    }

    private static FetchPatientPlanSummariesResponse Deserialize(int count)
    {
        using var stream = new MemoryStream(JsonApiDocuments.PlanSummariesWithPatients(count), writable: false);
        using var reader = new PageReader(new StreamReader(stream));
        return GeneratedJson.CreateSerializer().Deserialize<FetchPatientPlanSummariesResponse>(reader)!;
    }
}
