using FitbitPlus.Paging;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.Paging;

public class CountTests
{
    [Test]
    public async Task CountAsync_SendsLimitZero_ReturnsMetaCount()
    {
        var mock = new MockHttpMessageHandler();
        PageBodies.Exact(mock, PageBodies.Base + "patient?filter%5Borganization%5D=o1&page%5Blimit%5D=0")
            .Respond(PageBodies.JsonApi, PageBodies.Patients([], count: 1234));
        mock.Fallback.Throw(new InvalidOperationException("unexpected request"));
        using var http = PageBodies.Client(mock);

        Assert.That(await PageBodies.Patients(http).CountAsync(), Is.EqualTo(1234));
    }

    [Test]
    public async Task CountAsync_NoMetaCount_FitbitPlusException()
    {
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(PageBodies.JsonApi, PageBodies.Patients([]));
        using var http = PageBodies.Client(mock);

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => PageBodies.Patients(http).CountAsync());

        Assert.That(ex!.Message, Does.Contain("meta.count"));
    }

    [Test]
    public async Task CountAsync_ByCatalogName_SendsLimitZero()
    {
        var mock = new MockHttpMessageHandler();
        PageBodies.Exact(mock, PageBodies.Base + "patient/p1/groups?page%5Blimit%5D=0")
            .Respond(PageBodies.JsonApi, """{"meta":{"count":3},"data":[]}""");
        mock.Fallback.Throw(new InvalidOperationException("unexpected request"));
        using var http = PageBodies.Client(mock);

        var count = await Pagers.FromCatalog(() => http, "patient.groups", new CollectionQuery { ParentId = "p1" }, null).CountAsync();

        Assert.That(count, Is.EqualTo(3));
    }
}
