using System.Net;
using FitbitPlus.Paging;
using FitbitPlus.Tests.Http;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Paging;

/// <summary>
/// Reads a calendar_event collection of two pages through every pager of one client (typed <c>CalendarEvents.ListAsync</c>,
/// by name <c>EnumerateAsync</c>, raw <c>EnumerateRawAsync</c>); the second page's body is whatever the test sets.
/// </summary>
internal sealed class EveryPager : IDisposable
{
    public const string FirstPage = """{"meta":{"req_id":"r1","count":4},"data":[{"type":"calendar_event","id":"e1","attributes":{"title":"A"}},{"type":"calendar_event","id":"e2","attributes":{"title":"B"}}],"links":{"next":"/pub/calendar_event?page[after]=e2"}}""";

    private readonly ClientHarness _harness = new();
    private readonly FitbitPlusClient _client;

    public EveryPager()
    {
        _harness.OnApi(HttpMethod.Get, ClientHarness.Origin + "/pub/calendar_event", (seen, _) =>
        {
            var second = Uri.UnescapeDataString(seen.Uri.Query).Contains("page[after]=e2", StringComparison.Ordinal);
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new ByteArrayContent(second ? SecondPage : System.Text.Encoding.UTF8.GetBytes(FirstPage)) { Headers = { ContentType = new(ClientHarness.JsonApi) } },
            };
        });
        _client = _harness.CreateClient();
    }

    /// <summary>The second page's body, as bytes (it may be anything).</summary>
    public byte[] SecondPage { get; set; } = [];

    public static readonly string[] Names = ["typed", "by-name", "raw"];

    /// <summary>What each pager made of the two pages, in the order of <see cref="Names"/>.</summary>
    public async Task<Outcome[]> ReadAllAsync() =>
    [
        await Outcome.OfAsync(_client.CalendarEvents.ListAsync(include: ["patient"]), r => (r.Type, r.Id)),
        await Outcome.OfAsync(_client.EnumerateJsonAsync("calendar_event", new CollectionQuery { Include = "patient" }), r => (Text(r, "type"), Text(r, "id"))),
        await Outcome.OfAsync(_client.EnumerateRawAsync("calendar_event", new CollectionQuery { Include = "patient" }), r => (r.Type, r.Id)),
    ];

    public void Dispose()
    {
        _client.Dispose();
        _harness.Dispose();
    }

    private static string? Text(JObject resource, string member) => resource[member] is JValue { Type: JTokenType.String } value ? (string?)value : null;

    /// <summary>A pager's verdict: the (type, id) of each resource it yielded, or the exception it threw.</summary>
    internal sealed record Outcome(List<(string? Type, string? Id)> Resources, Exception? Error)
    {
        public bool Accepted => Error is null;

        public static async Task<Outcome> OfAsync<T>(IAsyncEnumerable<T> pager, Func<T, (string?, string?)> identity)
        {
            var resources = new List<(string?, string?)>();
            try
            {
                await foreach (var resource in pager)
                {
                    resources.Add(identity(resource));
                }

                return new(resources, null);
            }
            catch (Exception ex)
            {
                return new(resources, ex);
            }
        }
    }
}
