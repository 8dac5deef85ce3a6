using System.Reflection;
using FitbitPlus.Models;

namespace FitbitPlus.Tests.GeneratedClient;

/// <summary>The generated surface is idiomatic C# and covers the whole spec.</summary>
public class GeneratedSurfaceTests
{
    private static readonly Assembly Library = typeof(FitbitPlusClient).Assembly;

    [Test]
    public void PublicGeneratedMembers_Names_ContainNoUnderscore()
    {
        var offenders = new List<string>();
        foreach (var type in Library.GetExportedTypes())
        {
            Check(type.Name, type.FullName!);
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                Check(member.Name, $"{type.Name}.{member.Name}");
                if (member is MethodBase method)
                {
                    foreach (var parameter in method.GetParameters())
                    {
                        Check(parameter.Name ?? string.Empty, $"{type.Name}.{member.Name}({parameter.Name})");
                    }
                }
            }
        }

        Assert.That(offenders, Is.Empty);

        void Check(string name, string where)
        {
            // Compiler-made names (property accessors get_/set_, operators op_) are not names a caller writes.
            var written = name.StartsWith("get_", StringComparison.Ordinal) || name.StartsWith("set_", StringComparison.Ordinal)
                || name.StartsWith("op_", StringComparison.Ordinal) || name.StartsWith("add_", StringComparison.Ordinal)
                || name.StartsWith("remove_", StringComparison.Ordinal) || name == "<Clone>$" || name == "value__";
            if (!written && name.Contains('_', StringComparison.Ordinal))
            {
                offenders.Add(where);
            }
        }
    }

    [Test]
    public void GeneratedPropertyNames_KeepWireNamesInJsonProperty()
    {
        var property = typeof(PatientAttributes).GetProperty(nameof(PatientAttributes.FirstName))!;

        Assert.That(property.GetCustomAttribute<Newtonsoft.Json.JsonPropertyAttribute>()!.PropertyName, Is.EqualTo("first_name"));
        Assert.That(typeof(FetchMeta).GetProperty("ReqId"), Is.Not.Null);
    }

    [Test]
    public void FacadeMethods_EverySpecOperation_HasExactlyOneTypedEntryPoint()
    {
        var facade = Library.GetExportedTypes()
            .Where(t => t.Namespace == "FitbitPlus" && t.Name.EndsWith("Client", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => m.GetCustomAttributes().FirstOrDefault(a => a.GetType().Name == "ApiOperationAttribute"))
            .Where(a => a is not null)
            .Select(a => (string)a!.GetType().GetProperty("OperationId")!.GetValue(a)!)
            .ToList();
        var spec = SpecOperations.Load().Select(o => o.OperationId).ToList();

        Assert.That(facade, Is.EquivalentTo(spec), "each spec operation once, nothing else");
    }

    [Test]
    public void FitbitPlusClient_EveryResourceClient_IsAPropertyOfTheClient()
    {
        var clients = Library.GetExportedTypes()
            .Where(t => t.Namespace == "FitbitPlus" && t.IsClass && t.GetMethods().Any(m => m.GetCustomAttributes().Any(a => a.GetType().Name == "ApiOperationAttribute")))
            .ToList();
        var properties = typeof(FitbitPlusClient).GetProperties().Select(p => p.PropertyType).ToList();

        Assert.That(clients, Has.Count.GreaterThan(15));
        Assert.That(clients, Is.SubsetOf(properties));
    }

    [Test]
    public void GeneratedClientClass_IsNotPublic_SoNothingBypassesThePipeline()
    {
        Assert.That(typeof(IFitbitPlusApiClient).IsPublic, Is.True);
        Assert.That(Library.GetExportedTypes().Where(t => typeof(IFitbitPlusApiClient).IsAssignableFrom(t) && t.IsClass), Is.Empty);
        Assert.That(Library.GetExportedTypes().Where(t => t.Name.Contains("ApiException", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void GeneratedClient_NoDispatchProxy_RemainsInTheLibrary()
    {
        Assert.That(Library.GetTypes().Where(t => typeof(DispatchProxy).IsAssignableFrom(t)), Is.Empty);
    }
}
