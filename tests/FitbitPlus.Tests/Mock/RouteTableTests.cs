using System.Text.RegularExpressions;
using FitbitPlus.Mock.Routing;
using FitbitPlus.Tests.Support;
using YamlDotNet.RepresentationModel;

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

    [Test]
    public void All_GetRoutesAcceptExactlyTheFiltersAndIncludesTheSpecDeclares()
    {
        var declared = DeclaredQueryParameters(FindSpec());
        foreach (var route in RouteTable.All.Where(r => r.Method == "GET"))
        {
            var (filters, includes) = declared[route.OperationId];

            Assert.That(route.Filters.Select(f => f.Parameter), Is.EquivalentTo(filters), $"{route.OperationId}: filters");
            Assert.That(route.Includes, Is.EquivalentTo(includes), $"{route.OperationId}: include values");
            Assert.That(route.RequiredFilters.Concat(route.OneOfFilters), Is.SubsetOf(filters), $"{route.OperationId}: required filters are declared");
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

    // operationId → (filter[...] parameter names, known include values) of every GET operation of the spec.
    private static Dictionary<string, (List<string> Filters, List<string> Includes)> DeclaredQueryParameters(string specPath)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(specPath))
        {
            yaml.Load(reader);
        }

        var result = new Dictionary<string, (List<string>, List<string>)>(StringComparer.Ordinal);
        var paths = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["paths"];
        foreach (var path in paths.Children.Values.Cast<YamlMappingNode>())
        {
            if (!path.Children.TryGetValue("get", out var node))
            {
                continue;
            }

            var operation = (YamlMappingNode)node;
            var parameters = operation.Children.TryGetValue("parameters", out var list) ? ((YamlSequenceNode)list).Cast<YamlMappingNode>().ToList() : [];
            var filters = parameters.Select(p => p["name"].ToString()).Where(n => n.StartsWith("filter[", StringComparison.Ordinal)).ToList();
            var include = parameters.FirstOrDefault(p => p["name"].ToString() == "include");
            var includes = include is not null && include.Children.TryGetValue("x-known-values", out var known)
                ? ((YamlSequenceNode)known).Select(v => v.ToString()).ToList()
                : [];
            result[operation["operationId"].ToString()] = (filters, includes);
        }

        return result;
    }

    // The repository root comes from the build (RepositoryPaths), not [CallerFilePath]: CI builds map source paths to /_/.
    private static string FindSpec() => RepositoryPaths.Spec;
}
