using System.Reflection;
using FitbitPlus.Models;
using FitbitPlus.Paging;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.Paging;

/// <summary>Every GET collection operation of the generated client is pageable and listed in the catalog.</summary>
public class CollectionCoverageTests
{
    /// <summary>Methods of the generated interface whose response has a <c>Data</c> collection.</summary>
    internal static IReadOnlyList<(MethodInfo Method, Type Document, Type Resource)> CollectionOperations() =>
        typeof(IFitbitPlusApiClient).GetMethods()
            .Select(m => (Method: m, Document: m.ReturnType.GetGenericArguments().SingleOrDefault()))
            .Where(x => x.Document?.GetProperty("Data")?.PropertyType is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(ICollection<>))
            .Select(x => (x.Method, x.Document!, x.Document!.GetProperty("Data")!.PropertyType.GetGenericArguments()[0]))
            .ToList();

    [Test]
    public void CollectionOperations_FoundByReflection_AreThe21OfTheSpec() =>
        Assert.That(CollectionOperations(), Has.Count.EqualTo(21), "guards the other tests against passing vacuously");

    [Test]
    public void EveryCollectionOperation_ResponseImplementsCollectionDocument()
    {
        var missing = CollectionOperations()
            .Where(x => !typeof(ICollectionDocument<>).MakeGenericType(x.Resource).IsAssignableFrom(x.Document))
            .Select(x => $"{x.Method.Name} → {x.Document.Name}")
            .ToList();

        Assert.That(missing, Is.Empty, "add a partial declaration to src/FitbitPlus/Paging/CollectionDocuments.cs");
    }

    [Test]
    public void Catalog_ListsEveryCollectionOperationWithItsDocumentAndResource()
    {
        var operations = CollectionOperations();

        Assert.That(CollectionCatalog.All.Select(d => d.OperationName), Is.EquivalentTo(operations.Select(o => o.Method.Name)));
        foreach (var (method, document, resource) in operations)
        {
            var entry = CollectionCatalog.All.Single(d => d.OperationName == method.Name);
            Assert.That((entry.DocumentType, entry.ResourceType), Is.EqualTo((document, resource)), method.Name);
            Assert.That(CollectionCatalog.Find(entry.Name), Is.SameAs(entry));
        }
    }

    [Test]
    public void Catalog_TypeNames_AgreeWithTheIncludedResourceRegistry()
    {
        foreach (var entry in CollectionCatalog.All)
        {
            Assert.That(FitbitPlus.JsonApi.ResourceTypeRegistry.Find(entry.ResourceTypeName), Is.EqualTo(entry.ResourceType), entry.Name);
        }
    }

    [Test]
    public async Task Catalog_PathOfEveryEntry_IsThePathTheGeneratedOperationRequests()
    {
        foreach (var (method, _, _) in CollectionOperations())
        {
            var entry = CollectionCatalog.All.Single(d => d.OperationName == method.Name);
            var requested = await RequestedPathAsync(method);

            Assert.That(requested, Is.EqualTo("/pub/" + entry.PathTemplate.Replace("{id}", "ID1")), method.Name);
        }
    }

    [Test]
    public async Task EveryCollectionDocument_PagesFollowLinksAndReadData()
    {
        foreach (var (document, resource) in CollectionOperations().Select(o => (o.Document, o.Resource)).Distinct())
        {
            var mock = new MockHttpMessageHandler();
            mock.When("*").Respond(PageBodies.JsonApi,
                """{"meta":{"count":9},"links":{"self":"/pub/x","next":"/pub/x?page[after]=n"},"data":[{"type":"t","id":"i1"}],"included":[{"type":"u","id":"u1"}]}""");
            using var http = PageBodies.Client(mock);
            var fetcher = Activator.CreateInstance(typeof(PageFetcher<,>).MakeGenericType(document, resource), http, GeneratedJson.CreateSerializer())!;
            var task = (Task)fetcher.GetType().GetMethod("FetchAsync")!.Invoke(fetcher, [new Uri(PageBodies.Base + "x"), CancellationToken.None])!;
            await task;
            dynamic page = task.GetType().GetProperty("Result")!.GetValue(task)!;

            var links = (CollectionLinks)page.Links;
            Assert.That(links.Next, Is.EqualTo("/pub/x?page[after]=n"), document.Name);
            var data = (System.Collections.ICollection)document.GetProperty("Data")!.GetValue((object)page.Document)!;
            Assert.That(data, Has.Count.EqualTo(1), document.Name);
            var meta = (FetchMeta?)typeof(ICollectionDocument<>).MakeGenericType(resource).GetProperty("Meta")!.GetValue((object)page.Document);
            Assert.That(meta?.Count, Is.EqualTo(9), document.Name);
            if (document.GetProperty("Included") is not null)
            {
                var included = typeof(ICollectionDocument<>).MakeGenericType(resource).GetProperty("Included")!.GetValue((object)page.Document);
                Assert.That(included, Is.SameAs(document.GetProperty("Included")!.GetValue((object)page.Document)).And.Not.Null, $"{document.Name} exposes its included");
            }
        }
    }

    private static async Task<string> RequestedPathAsync(MethodInfo method)
    {
        var recorder = new Recorder();
        using var http = new HttpClient(recorder) { BaseAddress = new Uri(PageBodies.Base) };
        var args = method.GetParameters().Select(object? (p) => p.ParameterType == typeof(CancellationToken) ? CancellationToken.None
            : p.Name == "id" ? "ID1"
            : p.IsOptional ? null
            : p.ParameterType == typeof(string) ? "x"
            : throw new InvalidOperationException($"{method.Name}: unexpected required parameter {p.Name}")).ToArray();
        try
        {
            await (Task)method.Invoke(new FitbitPlusApiClient(http), args)!;
        }
        catch (InvalidOperationException) when (recorder.Path is not null)
        {
        }

        return recorder.Path ?? throw new InvalidOperationException($"{method.Name} sent nothing");
    }

    private sealed class Recorder : HttpMessageHandler
    {
        public string? Path { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Path = request.RequestUri!.AbsolutePath;
            throw new InvalidOperationException("recorded");
        }
    }
}
