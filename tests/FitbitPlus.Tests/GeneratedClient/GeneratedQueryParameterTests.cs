using System.Reflection;
using FitbitPlus.Models;
using FitbitPlus.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace FitbitPlus.Tests.GeneratedClient;

/// <summary>
/// Every query parameter of every operation in spec/fitbit-plus.yaml reaches the wire under its bracketed name,
/// and every operation of the spec exists on the generated client.
/// </summary>
public class GeneratedQueryParameterTests
{
    public static IEnumerable<TestCaseData> OperationsWithQueryParameters() =>
        SpecOperations.Load().Where(o => o.QueryParameters.Count > 0)
            .Select(o => new TestCaseData(o).SetArgDisplayNames(o.OperationId));

    [Test]
    public void Spec_EveryOperation_HasAGeneratedMethod()
    {
        var operations = SpecOperations.Load();
        var methods = typeof(IFitbitPlusApiClient).GetMethods().Select(m => m.Name).ToHashSet();

        Assert.That(operations, Has.Count.EqualTo(62));
        Assert.That(operations.Select(o => MethodName(o.OperationId)).Where(n => !methods.Contains(n)), Is.Empty);
    }

    [TestCaseSource(nameof(OperationsWithQueryParameters))]
    public async Task Operation_AllQueryParametersSet_SendsEachUnderItsWireName(SpecOperation operation)
    {
        using var f = new GeneratedClientFixture("""{"data":[]}""");
        var method = typeof(FitbitPlusApiClient).GetMethod(MethodName(operation.OperationId))!;
        var expected = new List<KeyValuePair<string, string>>();
        var args = method.GetParameters().Select(p => ArgumentFor(p, operation, expected)).ToArray();

        try
        {
            await (Task)method.Invoke(f.Client, args)!;
        }
        catch (FitbitPlusException)
        {
            // The canned body may not fit this operation's response type; only the request matters here.
        }

        Assert.That(f.Requests, Has.Count.EqualTo(1));
        Assert.That(f.Last.Query, Is.EquivalentTo(expected));
        Assert.That(f.Last.Uri.AbsolutePath, Does.StartWith("/pub/"));
    }

    private static object? ArgumentFor(ParameterInfo p, SpecOperation operation, List<KeyValuePair<string, string>> expected)
    {
        if (p.ParameterType == typeof(CancellationToken))
        {
            return CancellationToken.None;
        }

        var query = operation.QueryParameters.SingleOrDefault(q => q.CSharpName == p.Name);
        if (query is null)
        {
            // Path parameters and bodies: a plain id or an empty body object.
            return p.ParameterType == typeof(string) ? "id-1" : Activator.CreateInstance(p.ParameterType);
        }

        var underlying = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        (object value, string wire) = underlying == typeof(int) ? (7, "7")
            : underlying == typeof(bool) ? (true, "true")
            : underlying == typeof(DateTimeOffset) ? (new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(-5)), "2024-05-06T07:08:09.0000000-05:00")
            : ((object)$"v {query.WireName}", $"v {query.WireName}");
        expected.Add(KeyValuePair.Create(query.WireName, wire));
        return value;
    }

    private static string MethodName(string operationId) => char.ToUpperInvariant(operationId[0]) + operationId[1..] + "Async";
}

/// <summary>An operation of our spec with its query parameters.</summary>
public sealed record SpecOperation(string OperationId, IReadOnlyList<SpecQueryParameter> QueryParameters)
{
    public override string ToString() => OperationId;
}

/// <summary>A query parameter: its wire name and the C# parameter name NSwag gives it.</summary>
public sealed record SpecQueryParameter(string WireName, string CSharpName);

internal static class SpecOperations
{
    public static IReadOnlyList<SpecOperation> Load()
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(RepositoryPaths.Spec))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var result = new List<SpecOperation>();
        foreach (var path in (YamlMappingNode)root["paths"])
        {
            foreach (var op in (YamlMappingNode)path.Value)
            {
                var operation = (YamlMappingNode)op.Value;
                var queries = new List<SpecQueryParameter>();
                if (operation.Children.TryGetValue("parameters", out var ps))
                {
                    foreach (YamlMappingNode p in (YamlSequenceNode)ps)
                    {
                        if (p["in"].ToString() != "query")
                        {
                            continue;
                        }

                        var wire = p["name"].ToString();
                        var csharp = p.Children.TryGetValue("x-originalName", out var original) ? original.ToString() : wire;
                        queries.Add(new SpecQueryParameter(wire, csharp));
                    }
                }

                result.Add(new SpecOperation(operation["operationId"].ToString(), queries));
            }
        }

        return result;
    }
}
