using FitbitPlus.Models;
using FitbitPlus.Paging;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.Paging;

/// <summary>Builds collection pages and pagers over MockHttp for the paging tests.</summary>
internal static class PageBodies
{
    public const string Base = "https://api.example.test/pub/";
    public const string Origin = "https://api.example.test";
    public const string JsonApi = "application/vnd.api+json";

    public static string Patients(IEnumerable<string> ids, string? next = null, int? count = null, JArray? included = null)
    {
        var doc = new JObject
        {
            ["meta"] = count is null ? new JObject { ["req_id"] = "r1" } : new JObject { ["req_id"] = "r1", ["count"] = count },
            ["data"] = new JArray(ids.Select(id => new JObject { ["type"] = "patient", ["id"] = id, ["attributes"] = new JObject { ["first_name"] = "P" + id } })),
        };
        if (next is not null)
        {
            doc["links"] = new JObject { ["next"] = next };
        }

        if (included is not null)
        {
            doc["included"] = included;
        }

        return doc.ToString();
    }

    public static IEnumerable<string> Ids(int from, int to) => Enumerable.Range(from, to - from + 1).Select(i => "p" + i);

    public static HttpClient Client(MockHttpMessageHandler mock) => new(mock) { BaseAddress = new Uri(Base) };

    public static CollectionPager<FetchPatientsResponse, PatientResource> Patients(HttpClient http, PagingOptions? options = null, string org = "o1")
    {
        var query = new CollectionQuery();
        query.Filters["organization"] = org;
        return Pagers.FromQuery<FetchPatientsResponse, PatientResource>(() => http, "patient", query, options);
    }

    /// <summary>Three cursor pages p1..p5: 2 + 2 + 1, count 5; returns the mock with exact-URI expectations.</summary>
    public static MockHttpMessageHandler ThreeCursorPages(int? count = 5)
    {
        var mock = new MockHttpMessageHandler(BackendDefinitionBehavior.Always);
        Exact(mock, Base + "patient?filter%5Borganization%5D=o1&page%5Blimit%5D=2")
            .Respond(JsonApi, Patients(Ids(1, 2), "/pub/patient?filter[organization]=o1&page[limit]=2&page[after]=c2", count));
        Exact(mock, Origin + "/pub/patient?filter[organization]=o1&page[limit]=2&page[after]=c2")
            .Respond(JsonApi, Patients(Ids(3, 4), "/pub/patient?filter[organization]=o1&page[limit]=2&page[after]=c4"));
        Exact(mock, Origin + "/pub/patient?filter[organization]=o1&page[limit]=2&page[after]=c4")
            .Respond(JsonApi, Patients(Ids(5, 5)));
        mock.Fallback.Throw(new InvalidOperationException("unexpected request"));
        return mock;
    }

    /// <summary>Matches the URI with exactly this query (MockHttp otherwise matches a subset of parameters).</summary>
    public static MockedRequest Exact(MockHttpMessageHandler mock, string uri)
    {
        var parts = uri.Split('?', 2);
        return mock.When(parts[0]).WithExactQueryString(parts.Length > 1 ? parts[1] : string.Empty);
    }

    public static async Task<List<string>> IdsOf<TDocument>(CollectionPager<TDocument, PatientResource> pager, CancellationToken ct = default)
        where TDocument : class, ICollectionDocument<PatientResource>
    {
        var ids = new List<string>();
        await foreach (var p in pager.WithCancellation(ct))
        {
            ids.Add(p.Id!);
        }

        return ids;
    }
}
