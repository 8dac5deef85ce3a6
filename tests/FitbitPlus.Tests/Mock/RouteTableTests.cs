using System.Text.RegularExpressions;
using FitbitPlus.Mock.Routing;
using FitbitPlus.Tests.Support;

namespace FitbitPlus.Tests.Mock;

public class RouteTableTests
{
    [Test]
    public void All_CoversEveryOperationOfTheSpecOnce()
    {
        var spec = File.ReadAllText(FindSpec());
        var operationIds = Regex.Matches(spec, @"^\s+operationId:\s*(\w+)\s*$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.That(operationIds, Has.Count.EqualTo(62));
        Assert.That(RouteTable.All.Select(r => r.OperationId), Is.EquivalentTo(operationIds));
    }

    [Test]
    public void All_MethodAndPathMatchTheSpec()
    {
        var spec = File.ReadAllText(FindSpec());
        foreach (var route in RouteTable.All)
        {
            var pattern = $@"^  /{Regex.Escape(route.Template)}:\s*$(?:(?!^  /).)*?^    {route.Method.ToLowerInvariant()}:(?:(?!^  /).)*?operationId: {route.OperationId}\s*$";
            Assert.That(Regex.IsMatch(spec, pattern, RegexOptions.Multiline | RegexOptions.Singleline), Is.True, $"{route.Method} /{route.Template} ({route.OperationId})");
        }
    }

    [TestCase("GET", "/pub/patient/p1/groups", "fetchPatientGroups", "p1")]
    [TestCase("PUT", "/pub/patient", "upsertPatient", null)]
    [TestCase("DELETE", "/pub/calendar_event/ce1", "deleteCalendarEvent", "ce1")]
    public void Match_KnownRoute_FindsOperationAndId(string method, string path, string operationId, string? id)
    {
        var match = Router.Match(method, path);

        Assert.That(match.Route.OperationId, Is.EqualTo(operationId));
        Assert.That(match.Id, Is.EqualTo(id));
    }

    // The repository root comes from the build (RepositoryPaths), not [CallerFilePath]: CI builds map source paths to /_/.
    private static string FindSpec() => RepositoryPaths.Spec;
}
