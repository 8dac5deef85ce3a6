using System.Net;
using System.Reflection;
using FitbitPlus.Models;
using FitbitPlus.Paging;
using FitbitPlus.Tests.Http;

namespace FitbitPlus.Tests.Paging;

/// <summary>Paging through the real client pipeline (authentication, error translation).</summary>
public class FitbitPlusClientPagingTests
{
    [Test]
    public async Task ListAsync_PatientsOfOrganization_EveryPageAuthenticatedAndLinksFollowed()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (seen, _) => ClientHarness.Json(HttpStatusCode.OK,
            seen.Uri.Query.Contains("page[after]=2", StringComparison.Ordinal) || Uri.UnescapeDataString(seen.Uri.Query).Contains("page[after]=2", StringComparison.Ordinal)
                ? PageBodies.Patients(PageBodies.Ids(3, 3))
                : PageBodies.Patients(PageBodies.Ids(1, 2), "/pub/patient?filter[organization]=o1&page[limit]=2&page[after]=2", 3)));
        using var client = harness.CreateClient();

        var pager = client.Patients.ListAsync(organization: "o1", paging: new PagingOptions { Limit = 2 });
        var ids = await PageBodies.IdsOf(pager);

        Assert.That(ids, Is.EqualTo(PageBodies.Ids(1, 3)));
        Assert.That(harness.ApiRequests.Select(r => r.Uri.AbsolutePath), Is.EqualTo(new[] { "/pub/patient", "/pub/patient" }));
        Assert.That(Uri.UnescapeDataString(harness.ApiRequests.First().Uri.Query), Is.EqualTo("?filter[organization]=o1&page[limit]=2"));
        Assert.That(harness.ApiRequests.Select(r => r.Authorization), Is.All.EqualTo("Bearer access-1"));
        Assert.That(pager.LastReport!.IsComplete, Is.True);
    }

    [Test]
    public async Task ListAsync_ServerRefusesFirstPage_FitbitPlusExceptionWithTheApiError()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.ErrorResponse(HttpStatusCode.Conflict, "InvalidParameter"));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => PageBodies.IdsOf(client.Patients.ListAsync()));

        Assert.That(ex!.ErrorCode, Is.EqualTo("InvalidParameter"));
    }

    [Test]
    public async Task EnumerateAsync_ByTypeName_YieldsJsonResources()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, PageBodies.Patients(PageBodies.Ids(1, 2), count: 2)));
        using var client = harness.CreateClient();

        var ids = new List<string?>();
        await foreach (var resource in client.EnumerateJsonAsync("patient"))
        {
            ids.Add((string?)resource["id"]);
        }

        Assert.That(ids, Is.EqualTo(new[] { "p1", "p2" }));
        Assert.That(await client.CountAsync("patient"), Is.EqualTo(2));
    }

    [Test]
    public void ListAsync_OptionsMixLimitAndSize_ArgumentExceptionWhereThePagerIsCreated()
    {
        using var harness = new ClientHarness();
        using var client = harness.CreateClient();

        var ex = Assert.Throws<ArgumentException>(() => client.Patients.ListAsync(paging: new PagingOptions { Limit = 10, Size = 10 }));

        Assert.That(ex!.Message, Does.Contain("mixing"));
        Assert.That(harness.ApiRequests, Is.Empty);
        Assert.That(harness.TokenRequests, Is.Empty);
    }

    [Test]
    public void ResourceClients_EveryCollectionOperation_HasAListMethodReturningItsTypedPager()
    {
        // The resource clients mark each method with the spec's operationId (fetchPatients); the raw client's
        // method for it is FetchPatientsAsync.
        var listMethods = typeof(FitbitPlusClient).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "FitbitPlus" && t.Name.EndsWith("Client", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttributes().FirstOrDefault(a => a.GetType().Name == "ApiOperationAttribute")))
            .Where(x => x.Attribute is not null)
            .ToDictionary(x => RawMethodName((string)x.Attribute!.GetType().GetProperty("OperationId")!.GetValue(x.Attribute)!), x => x.Method);

        var operations = CollectionCoverageTests.CollectionOperations();
        Assert.That(operations, Is.Not.Empty);
        foreach (var (operation, document, resource) in operations)
        {
            Assert.That(listMethods.TryGetValue(operation.Name, out var method), Is.True, operation.Name);
            Assert.That(method!.Name, Does.StartWith("List").And.EndWith("Async"), operation.Name);
            Assert.That(method.ReturnType, Is.EqualTo(typeof(CollectionPager<,>).MakeGenericType(document, resource)), operation.Name);
        }
    }

    private static string RawMethodName(string operationId) => char.ToUpperInvariant(operationId[0]) + operationId[1..] + "Async";
}
