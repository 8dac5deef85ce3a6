using FitbitPlus.Paging;

namespace FitbitPlus.Tests.Paging;

public sealed class PageAddressTests
{
    [TestCase("https://a.test/pub/patient?page%5Bafter%5D=x&filter%5Bgroups%5D=g1", "https://a.test/pub/patient?filter[groups]=g1&page[after]=x")]
    [TestCase("https://a.test/pub/patient?page[number]=2&page[size]=3", "https://a.test/pub/patient?page[size]=3&page[number]=2")]
    public void Key_SamePageWrittenDifferently_IsEqual(string a, string b)
    {
        Assert.That(PageAddress.Key(new Uri(a)), Is.EqualTo(PageAddress.Key(new Uri(b))));
    }

    [TestCase("https://a.test/pub/patient?page[number]=2", "https://a.test/pub/patient?page[number]=3")]
    [TestCase("https://a.test/pub/patient?page[number]=2", "https://a.test/pub/coach?page[number]=2")]
    [TestCase("https://a.test/pub/patient?page[number]=2", "https://b.test/pub/patient?page[number]=2")]
    public void Key_DifferentPages_Differ(string a, string b)
    {
        Assert.That(PageAddress.Key(new Uri(a)), Is.Not.EqualTo(PageAddress.Key(new Uri(b))));
    }
}
