using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FitbitPlus.Benchmarks.Fixtures;
using FitbitPlus.Models;
using FitbitPlus.JsonApi;
using FitbitPlus.Paging;
using Newtonsoft.Json;

namespace FitbitPlus.Benchmarks;

/// <summary>
/// P2: include resolution at 10 000 against 1 000 included resources — what a user pays per page: read the body (the
/// pager's reader; included patients are read straight into <see cref="PatientResource"/>), build the index and resolve
/// every summary's <c>patient</c> with <c>GetOne&lt;PatientResource&gt;</c>. The <c>Index</c> category builds the
/// index of an already read document and resolves to the raw <see cref="Resource"/>, isolating the index.
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
    private byte[] _page = [];

    // Each benchmark holds only its own document: a larger live heap makes every full GC dearer, and the other size's
    // document must not be billed to this one.
    [GlobalSetup(Targets = [nameof(Typed1000), nameof(Index1000)])]
    public void Setup1000() => (_page, _document) = Prepare(1_000);

    [GlobalSetup(Targets = [nameof(Typed10000), nameof(Index10000)])]
    public void Setup10000() => (_page, _document) = Prepare(10_000);

    /// <summary>1 000 included patients, resolved as <see cref="PatientResource"/>.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Typed")]
    public int Typed1000() => Typed(Read(_page));

    /// <summary>10 000 included patients, resolved as <see cref="PatientResource"/>.</summary>
    [Benchmark]
    [BenchmarkCategory("Typed")]
    public int Typed10000() => Typed(Read(_page));

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

    private static (byte[] Page, FetchPatientPlanSummariesResponse Document) Prepare(int count)
    {
        // Reaches the final JIT tier on a throw-away document before anything is measured.
        var warmUp = JsonApiDocuments.PlanSummariesWithPatients(100);
        for (var i = 0; i < 300; i++)
        {
            Typed(Read(warmUp));
            Raw(Read(warmUp));
        }

        var page = JsonApiDocuments.PlanSummariesWithPatients(count);
        var document = Read(page);
        if (Typed(document) != count || Raw(document) != count)
        {
            throw new InvalidOperationException("Fixture check failed: not every relationship resolved.");
        }

        return (page, document);
    }

    private static FetchPatientPlanSummariesResponse Read(byte[] page)
    {
        using var stream = new MemoryStream(page, writable: false);
        using var reader = new PageReader(new StreamReader(stream));
        return GeneratedJson.CreateSerializer().Deserialize<FetchPatientPlanSummariesResponse>(reader)!;
    }
}
