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

    [TestCase(0)]
    [TestCase(-1)]
    public async Task Enumerate_LimitBelowOne_ArgumentOutOfRange(int limit)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => PageBodies.IdsOf(PageBodies.Patients(_http, new PagingOptions { Limit = limit })));
        Assert.That(_mock.GetMatchCount(_mock.Fallback), Is.EqualTo(0));
    }
}
