using System.Reflection;
using FitbitPlus.Models;
using FitbitPlus.Mock.Routing;

namespace FitbitPlus.Tests.Mock;

public sealed class RouteFilterCoverageTests
{
    [TestCase("filterGroups", "filter[groups]")]
    [TestCase("filterOrganization", "filter[organization]")]
    public void All_EveryOperationDeclaringTheScopeFilter_EvaluatesIt(string parameter, string filter)
    {
        // The generated client's parameters are the spec's declarations; the mock must evaluate each one it declares.
        var declaring = typeof(IFitbitPlusApiClient).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.GetParameters().Any(p => p.Name == parameter))
            .Select(m => char.ToLowerInvariant(m.Name[0]) + m.Name[1..^"Async".Length])
            .Distinct()
            .ToList();

        var missing = declaring.Where(op => RouteTable.All.Single(r => r.OperationId == op).Filters.All(f => f.Parameter != filter));

        Assert.That(declaring, Is.Not.Empty);
        Assert.That(missing, Is.Empty, $"routes that ignore {filter}");
    }
}
