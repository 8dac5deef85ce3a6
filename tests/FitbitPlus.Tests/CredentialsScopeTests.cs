using FitbitPlus.Paging;

namespace FitbitPlus.Tests;

/// <summary>The one rule for the default scope filter, shared by the CLI's queries and the library's sync.</summary>
public class CredentialsScopeTests
{
    [TestCase("patient", "org-1", new[] { "g1", "g2" }, "filter[organization]", "org-1")]
    [TestCase("patient", null, new[] { "g1", "g2" }, "filter[groups]", "g1,g2")]
    [TestCase("group", "org-1", new string[0], "filter[organization]", "org-1")]
    public void FilterFor_CollectionTakingTheFilter_ThatFilter(string collection, string? organization, string[] groups, string name, string value)
    {
        var filter = new CredentialsScope(organization, groups).FilterFor(CollectionCatalog.Find(collection));

        Assert.That(filter, Is.EqualTo(new KeyValuePair<string, string>(name, value)));
    }

    [TestCase("group", null, new[] { "g1" }, TestName = "FilterFor_GroupsOnlyTokenOnACollectionWithoutAGroupsFilter_Null")]
    [TestCase("result", "org-1", new[] { "g1" }, TestName = "FilterFor_CollectionScopedByPatientOnly_Null")]
    [TestCase("patient", null, new string[0], TestName = "FilterFor_EmptyScope_Null")]
    public void FilterFor_NothingThatApplies_Null(string collection, string? organization, string[] groups)
    {
        Assert.That(new CredentialsScope(organization, groups).FilterFor(CollectionCatalog.Find(collection)), Is.Null);
    }
}
