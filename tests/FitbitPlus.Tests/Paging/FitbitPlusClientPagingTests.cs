using System.Net;
using FitbitPlus.Models;
using FitbitPlus.Paging;
using FitbitPlus.Tests.Http;

namespace FitbitPlus.Tests.Paging;

/// <summary>Paging through the real client pipeline (authentication, error translation).</summary>
public class FitbitPlusClientPagingTests
{
    [Test]
    public async Task Paginate_TypesInferredFromTheOperation_EveryPageAuthenticatedAndLinksFollowed()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (seen, _) => ClientHarness.Json(HttpStatusCode.OK,
            seen.Uri.Query.Contains("page[after]=2", StringComparison.Ordinal) || Uri.UnescapeDataString(seen.Uri.Query).Contains("page[after]=2", StringComparison.Ordinal)
                ? PageBodies.Patients(PageBodies.Ids(3, 3))
                : PageBodies.Patients(PageBodies.Ids(1, 2), "/pub/patient?filter[organization]=o1&page[limit]=2&page[after]=2", 3)));
        using var client = harness.CreateClient();

        // No type arguments: the overload for FetchPatientsResponse is picked from the lambda.
        var pager = client.Paginate(
            (api, page, ct) => api.FetchPatientsAsync(filterOrganization: "o1", pageLimit: page.Limit, pageAfter: page.After, pageSize: page.Size, pageNumber: page.Number, cancellationToken: ct),
            new PagingOptions { Limit = 2 });
        var ids = await PageBodies.IdsOf(pager);

        Assert.That(ids, Is.EqualTo(PageBodies.Ids(1, 3)));
        Assert.That(harness.ApiRequests.Select(r => r.Uri.AbsolutePath), Is.EqualTo(new[] { "/pub/patient", "/pub/patient" }));
        Assert.That(harness.ApiRequests.Select(r => r.Authorization), Is.All.EqualTo("Bearer access-1"));
        Assert.That(pager.LastReport!.IsComplete, Is.True);
    }

    [Test]
    public async Task Paginate_ServerRefusesFirstPage_FitbitPlusExceptionWithTheApiError()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.ErrorResponse(HttpStatusCode.Conflict, "InvalidParameter"));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => PageBodies.IdsOf(client.Paginate(
            (api, page, ct) => api.FetchPatientsAsync(pageLimit: page.Limit, pageAfter: page.After, pageSize: page.Size, pageNumber: page.Number, cancellationToken: ct))));

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
    public void FitbitPlusClient_HasATypedPaginateOverloadForEveryCollectionDocument()
    {
        var overloads = typeof(FitbitPlusClient).GetMethods()
            .Where(m => m.Name == nameof(FitbitPlusClient.Paginate) && !m.IsGenericMethodDefinition)
            .Select(m => m.ReturnType.GetGenericArguments()[0]);

        Assert.That(overloads, Is.EquivalentTo(CollectionCoverageTests.CollectionOperations().Select(o => o.Document).Distinct()));
    }
}
