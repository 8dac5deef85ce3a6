using FitbitPlus.Models;
using FitbitPlus.Paging;

namespace FitbitPlus.Benchmarks.Fixtures;

/// <summary>A <see cref="FitbitPlusClient"/> over an <see cref="InProcessApiHandler"/>, paging patients the way a user would.</summary>
internal sealed class PatientCollection : IDisposable
{
    private readonly InProcessApiHandler _handler;

    public PatientCollection(long total, TimeSpan latency)
    {
        _handler = new InProcessApiHandler(total, latency);
        var options = new FitbitPlusClientOptions
        {
            BaseAddress = new Uri("https://bench.example.test/pub/"),
            ClientId = "bench-client",
            ClientSecret = "bench-secret",
        };
        Client = new FitbitPlusClient(options, _handler);
    }

    public FitbitPlusClient Client { get; }

    public int PagesServed => _handler.PagesServed;

    /// <summary>Every patient, <paramref name="pageSize"/> per page, through the facade's typed paging.</summary>
    public CollectionPager<FetchPatientsResponse, PatientResource> Patients(int pageSize, int readAheadPages, bool detectDuplicates = true) =>
        Client.Patients.ListAsync(paging: new PagingOptions { Limit = pageSize, ReadAheadPages = readAheadPages, DetectDuplicates = detectDuplicates });

    public void Dispose()
    {
        Client.Dispose();
        _handler.Dispose();
    }
}
