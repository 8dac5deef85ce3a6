using FitbitPlus.Mock.JsonApi;
using FitbitPlus.Paging;

namespace FitbitPlus.Tests.Mock;

/// <summary>One query-string rule for the client and the mock (issue 14, finding 8): they read the same URL the same way.</summary>
public class QueryStringRuleTests
{
    private const string Url = "https://api.example.test/pub/patient?filter[name]=a+b&filter%5Bx%5D=c%2Bd&filter[y]=e%20f&filter[z]=2024-01-01T00:00:00%2B01:00&page[after]=x+y";

    [TestCase("filter[name]", "a b")]
    [TestCase("filter[x]", "c+d")]
    [TestCase("filter[y]", "e f")]
    [TestCase("filter[z]", "2024-01-01T00:00:00+01:00")]
    [TestCase("page[after]", "x y")]
    public void ClientAndMock_SameUrl_SameValue(string name, string expected)
    {
        var uri = new Uri(Url);

        var client = PagingQuery.Value(uri, name);
        var mock = QueryParameters.Parse(uri.Query).Get(name);

        Assert.That(client, Is.EqualTo(expected));
        Assert.That(mock, Is.EqualTo(client));
    }

    [Test]
    public void ClientAndMock_SameUrl_SameNames()
    {
        var uri = new Uri(Url + "&bare");

        var client = PagingQuery.Names(uri);
        var mock = QueryParameters.Parse(uri.Query).Pairs.Select(p => p.Key).ToHashSet();

        Assert.That(mock, Is.EquivalentTo(client));
        Assert.That(client, Does.Contain("bare"));
    }
}
