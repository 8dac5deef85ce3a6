using System.Net;
using FitbitPlus.Cli;
using FitbitPlus.Cli.Query;
using FitbitPlus.Paging;
using FitbitPlus.Tests.Http;

namespace FitbitPlus.Tests.Cli.Query;

public sealed class QueryFactoryTests
{
    private static readonly IReadOnlyDictionary<string, string> NoFilters = new Dictionary<string, string>();

    [Test]
    public async Task CreateAsync_TokenNamesOrganization_DefaultsToOrganizationFilter()
    {
        var query = await CreateAsync("patient", ClientHarness.TokenDocument("a", "r", 3600, "org-9", "g-1"), NoFilters);

        Assert.That(query.Filters, Is.EquivalentTo(new Dictionary<string, string> { ["filter[organization]"] = "org-9" }));
    }

    [TestCase("patient")]
    [TestCase("coach")]
    [TestCase("calendar_event")]
    [TestCase("reward_program")]
    public async Task CreateAsync_TokenNamesOnlyGroups_DefaultsToCommaSeparatedGroupsFilter(string type)
    {
        var query = await CreateAsync(type, GroupsOnlyToken("g-1", "g-2"), NoFilters);

        Assert.That(query.Filters, Is.EquivalentTo(new Dictionary<string, string> { ["filter[groups]"] = "g-1,g-2" }));
    }

    [Test]
    public async Task CreateAsync_EveryCollectionTakingGroups_GetsTheGroupsDefault()
    {
        // Decided from the generated method's parameters, so a collection the spec gives filter[groups] is covered without a list here.
        var takingGroups = CollectionCatalog.All.Where(d => !d.RequiresParentId && CollectionOperation.For(d).TakesGroupsFilter).ToList();

        Assert.That(takingGroups.Select(d => d.Name), Does.Contain("patient").And.Contain("coach").And.Contain("patient_plan_summary"));
        var filled = new Dictionary<string, string?>();
        foreach (var definition in takingGroups)
        {
            var query = await CreateAsync(definition.Name, GroupsOnlyToken("g-7"), NoFilters);
            filled[definition.Name] = query.Filters.TryGetValue("filter[groups]", out var groups) ? groups : null;
        }

        Assert.That(filled.Where(f => f.Value != "g-7").Select(f => f.Key), Is.Empty);
    }

    [Test]
    public async Task CreateAsync_UserGaveGroupsFilter_AddsNoDefault()
    {
        var filters = new Dictionary<string, string> { ["filter[groups]"] = "mine" };

        var query = await CreateAsync("patient", ClientHarness.TokenDocument("a", "r", 3600, "org-9"), filters);

        Assert.That(query.Filters, Is.EquivalentTo(filters));
    }

    [Test]
    public async Task CreateAsync_TokenNamesNeitherAndNoFilterGiven_ThrowsUsageErrorNamingTheFilters()
    {
        var error = await Assert.ThrowsAsync<UsageException>(() => CreateAsync("patient", ClientHarness.TokenDocument("a", "r", 3600, organization: null), NoFilters));

        Assert.That(error!.Message, Does.Contain("neither an organization nor groups").And.Contain("filter[organization] or filter[groups]").And.Contain("--filter"));
    }

    [Test]
    public async Task CreateAsync_TokenNamesNeitherButAnotherFilterGiven_SendsTheGivenFilterOnly()
    {
        var filters = new Dictionary<string, string> { ["filter[identifier][system]"] = "EHR", ["filter[identifier][value]"] = "1" };

        var query = await CreateAsync("patient", ClientHarness.TokenDocument("a", "r", 3600, organization: null), filters);

        Assert.That(query.Filters, Is.EquivalentTo(filters));
    }

    [Test]
    public async Task CreateAsync_GroupsOnlyTokenForOrganizationOnlyCollection_ThrowsUsageError()
    {
        // fetchGroups takes filter[organization] only; a groups-only token cannot fill it.
        var error = await Assert.ThrowsAsync<UsageException>(() => CreateAsync("group", GroupsOnlyToken("g-1"), NoFilters));

        Assert.That(error!.Message, Does.Contain("filter[organization]").And.Contain("no organization, groups [g-1]"));
    }

    private static string GroupsOnlyToken(params string[] groups) =>
        """{"data":{"type":"oauth/token","id":"t","attributes":{"access_token":"a","refresh_token":"r","token_type":"bearer","expires_in":3600},"relationships":{"groups":{"data":["""
        + string.Join(",", groups.Select(g => $$"""{"type":"group","id":"{{g}}"}""")) + "]}}}}";

    private static async Task<CollectionQuery> CreateAsync(string type, string tokenDocument, IReadOnlyDictionary<string, string> filters)
    {
        using var harness = new ClientHarness();
        harness.TokenResponder = (_, _) => Task.FromResult(ClientHarness.Json(HttpStatusCode.Created, tokenDocument));
        using var client = harness.CreateClient();
        var definition = CollectionResolver.Resolve(type);
        return await QueryFactory.CreateAsync(client, CollectionOperation.For(definition), filters, null, null, CancellationToken.None);
    }
}
