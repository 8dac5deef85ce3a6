using System.Text;
using BenchmarkDotNet.Attributes;
using FitbitPlus.Benchmarks.Fixtures;
using FitbitPlus.Models;
using FitbitPlus.JsonApi;
using FitbitPlus.Paging;
using Newtonsoft.Json;

namespace FitbitPlus.Benchmarks;

/// <summary>
/// P1: the facade's work on one page already in memory — 50 <c>patient_plan_summary</c> resources with their 50
/// patients in <c>included</c> — against what the generated client alone does with the same bytes.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
// Steady state in three launches (see SteadyStateConfig): in-process, the typed reading's methods sometimes reached their
// final JIT tier only inside the measured iterations, so the ratio measured the JIT, not the steady state.
[Config(typeof(SteadyStateConfig))]
public class P1IncludedPage
{
    private const int Resources = 50;
    private byte[] _page = [];
    private JsonSerializerSettings _generatedSettings = new();

    [GlobalSetup]
    public void Setup()
    {
        _page = JsonApiDocuments.PlanSummariesWithPatients(Resources);

        // The generated client's settings (constructor defaults + UpdateJsonSerializerSettings) without the facade's
        // converter that reads included resources typed: the baseline is the raw generated deserialization, JObject parts.
        using var http = new HttpClient();
        var client = new SettingsProbe(http).Settings;
        _generatedSettings = new JsonSerializerSettings
        {
            DateParseHandling = client.DateParseHandling,
            Converters = client.Converters.Where(c => c is not TypedResourceConverter).ToList(),
        };
        if (_generatedSettings.Converters.Count != client.Converters.Count - 1 || JsonConvert.SerializeObject(RawSettingsShape(client)) != JsonConvert.SerializeObject(RawSettingsShape(_generatedSettings)))
        {
            throw new InvalidOperationException("The generated settings changed: copy the new ones into the baseline.");
        }

        // Both paths must produce the same resources, and the facade must resolve every patient. Running each path a few
        // hundred times here also gets the shared Newtonsoft code to its final JIT tier before either is measured
        // (in-process, whichever ran first would otherwise pay for it).
        var facade = 0;
        var raw = new FetchPatientPlanSummariesResponse();
        for (var i = 0; i < 300; i++)
        {
            facade = Facade();
            raw = RawGenerated();
        }

        if (facade != Resources || raw.Data.Count != Resources || raw.Included?.Count != Resources || raw.Included.Any(r => r.Attributes is not Newtonsoft.Json.Linq.JObject))
        {
            throw new InvalidOperationException($"Fixture check failed: facade resolved {facade}, raw read {raw.Data.Count} summaries and {raw.Included?.Count} included.");
        }

        if (FacadeDeserialize().Included?.All(r => r.TypedInstance is PatientResource) != true)
        {
            throw new InvalidOperationException("Fixture check failed: the pager did not read the included patients typed.");
        }
    }

    /// <summary>
    /// The raw generated deserialization of the body: what <c>FitbitPlusApiClient</c> does with it (one serializer, one
    /// JsonTextReader, typed document) with the generated settings <em>without</em> the facade's
    /// <see cref="TypedResourceConverter"/>, i.e. <c>included</c> as generic resources with <c>JObject</c> parts.
    /// </summary>
    [Benchmark(Baseline = true)]
    public FetchPatientPlanSummariesResponse RawGenerated()
    {
        using var stream = new MemoryStream(_page, writable: false);
        using var text = new StreamReader(stream);
        using var reader = new JsonTextReader(text);
        var serializer = JsonSerializer.Create(_generatedSettings);
        return serializer.Deserialize<FetchPatientPlanSummariesResponse>(reader)!;
    }

    /// <summary>
    /// What the pager does with the same body (its link-observing reader, the generated settings, which read the included
    /// patients straight into <see cref="PatientResource"/>), then what a user does with the page: <c>page.Included</c>
    /// (index) and <c>GetOne&lt;PatientResource&gt;</c> on every summary's <c>patient</c>.
    /// </summary>
    [Benchmark]
    public int Facade()
    {
        var document = FacadeDeserialize();
        var included = IncludedResources.From(document.Included, "patient");
        var resolved = 0;
        foreach (var summary in document.Data)
        {
            if (included.GetOne<PatientResource>(summary.Relationships!.Patient).IsLoaded)
            {
                resolved++;
            }
        }

        return resolved;
    }

    /// <summary>Breakdown: only the pager's deserialization of the body.</summary>
    [Benchmark]
    public FetchPatientPlanSummariesResponse FacadeDeserialize()
    {
        using var stream = new MemoryStream(_page, writable: false);
        using var reader = new PageReader(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true));
        return GeneratedJson.CreateSerializer().Deserialize<FetchPatientPlanSummariesResponse>(reader)!;
    }

    /// <summary>Breakdown: deserialization and the <c>included</c> index, without resolving anything.</summary>
    [Benchmark]
    public int FacadeDeserializeAndIndex() => IncludedResources.From(FacadeDeserialize().Included, "patient").Count;

    // Everything but the converters, to notice when the generated client's settings gain something the copy lacks.
    private static object RawSettingsShape(JsonSerializerSettings s) => new
    {
        s.DateParseHandling, s.DateTimeZoneHandling, s.FloatParseHandling, s.MissingMemberHandling, s.NullValueHandling,
        s.DefaultValueHandling, s.ObjectCreationHandling, s.TypeNameHandling, s.MetadataPropertyHandling, s.MaxDepth,
        s.Culture.Name, s.DateFormatString, Resolver = s.ContractResolver?.GetType().Name,
    };

    private sealed class SettingsProbe(HttpClient http) : FitbitPlusApiClient(http)
    {
        public JsonSerializerSettings Settings => JsonSerializerSettings;
    }
}
