using FitbitPlus.Models;
using FitbitPlus.Paging;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.Paging;

public class StrategyMixingTests
{
    private MockHttpMessageHandler _mock = null!;
    private HttpClient _http = null!;

    [SetUp]
    public void SetUp()
    {
        _mock = new MockHttpMessageHandler();
        _mock.Fallback.Throw(new InvalidOperationException("no request may be sent"));
        _http = PageBodies.Client(_mock);
    }

    [TearDown]
    public void TearDown()
    {
        _http.Dispose();
        _mock.Dispose();
    }

    [Test]
    public async Task Enumerate_OptionsWithLimitAndSize_ArgumentExceptionBeforeAnyRequest()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => PageBodies.IdsOf(PageBodies.Patients(_http, new PagingOptions { Limit = 10, Size = 10 })));

        Assert.That(ex!.Message, Does.Contain("mixing"));
        Assert.That(_mock.GetMatchCount(_mock.Fallback), Is.EqualTo(0));
    }

    [Test]
    public async Task Enumerate_DelegatePassesBothStrategies_ArgumentExceptionBeforeAnyRequest()
    {
        var pager = Pagers.FromDelegate<FetchPatientsResponse, PatientResource>(
            () => _http, (api, page, ct) => api.FetchPatientsAsync(pageLimit: page.Limit, pageSize: 20, cancellationToken: ct), null);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => PageBodies.IdsOf(pager));

        Assert.That(ex!.Message, Does.Contain("mixes cursor paging"));
        Assert.That(_mock.GetMatchCount(_mock.Fallback), Is.EqualTo(0));
    }

    [Test]
    public async Task Enumerate_DelegateUsesSkipWhileOptionsAskForCursor_ArgumentExceptionBeforeAnyRequest()
    {
        var pager = Pagers.FromDelegate<FetchPatientsResponse, PatientResource>(
            () => _http, (api, _, ct) => api.FetchPatientsAsync(pageSize: 20, pageNumber: 1, cancellationToken: ct), new PagingOptions { Limit = 5 });

        await Assert.ThrowsAsync<ArgumentException>(() => PageBodies.IdsOf(pager));
        Assert.That(_mock.GetMatchCount(_mock.Fallback), Is.EqualTo(0));
    }

    [Test]
    public async Task Enumerate_DelegateCallsAPostOperation_ArgumentExceptionBeforeAnyRequest()
    {
        var pager = Pagers.FromDelegate<FetchPatientsResponse, PatientResource>(
            () => _http,
            async (api, _, ct) =>
            {
                await api.CreatePatientAsync(new CreatePatientRequest(), cancellationToken: ct);
                return new FetchPatientsResponse();
            },
            null);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => PageBodies.IdsOf(pager));

        Assert.That(ex!.Message, Does.Contain("GET"));
        Assert.That(_mock.GetMatchCount(_mock.Fallback), Is.EqualTo(0));
    }

    [TestCase(0)]
    [TestCase(-1)]
    public async Task Enumerate_LimitBelowOne_ArgumentOutOfRange(int limit)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => PageBodies.IdsOf(PageBodies.Patients(_http, new PagingOptions { Limit = limit })));
        Assert.That(_mock.GetMatchCount(_mock.Fallback), Is.EqualTo(0));
    }
}
