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
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[ShortInProcessJob(warmupCount: 5, iterationCount: 15)]
public class P2IncludeResolution
{
    private FetchPatientPlanSummariesResponse _small = new();
    private FetchPatientPlanSummariesResponse _large = new();

    [GlobalSetup]
    public void Setup()
    {
        _small = Deserialize(1_000);
        _large = Deserialize(10_000);
        for (var i = 0; i < 30; i++)
        {
            // Reaches the final JIT tier before anything is measured (in-process, the first benchmark would pay for it).
            Typed(_small);
            Raw(_small);
        }

        if (Typed(_small) != 1_000 || Typed(_large) != 10_000 || Raw(_small) != 1_000 || Raw(_large) != 10_000)
        {
            throw new InvalidOperationException("Fixture check failed: not every relationship resolved.");
        }
    }

    /// <summary>1 000 included patients, resolved as <see cref="PatientResource"/>.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Typed")]
    public int Typed1000() => Typed(_small);

    /// <summary>10 000 included patients, resolved as <see cref="PatientResource"/>.</summary>
    [Benchmark]
    [BenchmarkCategory("Typed")]
    public int Typed10000() => Typed(_large);

    /// <summary>1 000 included patients, resolved as the raw <see cref="Resource"/> (index only).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Index")]
    public int Index1000() => Raw(_small);

    /// <summary>10 000 included patients, resolved as the raw <see cref="Resource"/> (index only).</summary>
    [Benchmark]
    [BenchmarkCategory("Index")]
    public int Index10000() => Raw(_large);

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

    private static FetchPatientPlanSummariesResponse Deserialize(int count)
    {
        using var stream = new MemoryStream(JsonApiDocuments.PlanSummariesWithPatients(count), writable: false);
        using var reader = new PageReader(new StreamReader(stream));
        return GeneratedJson.CreateSerializer().Deserialize<FetchPatientPlanSummariesResponse>(reader)!;
    }
}
