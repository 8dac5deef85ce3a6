using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace FitbitPlus.Benchmarks.Fixtures;

/// <summary>
/// An in-process API: answers the token endpoint and serves <c>GET patient</c> as cursor pages generated on the fly
/// (nothing is kept between requests), optionally after a simulated server latency.
/// </summary>
internal sealed class InProcessApiHandler : HttpMessageHandler
{
    private const string JsonApiMediaType = "application/vnd.api+json";

    private static readonly byte[] TokenDocument = Encoding.UTF8.GetBytes(
        "{\"data\":{\"type\":\"token\",\"id\":\"t\",\"attributes\":{\"access_token\":\"a\",\"refresh_token\":\"r\",\"token_type\":\"bearer\",\"expires_in\":3600},"
        + "\"relationships\":{\"organization\":{\"data\":{\"type\":\"organization\",\"id\":\"o1\"}}}}}");

    private readonly long _total;
    private readonly TimeSpan _latency;
    private int _pagesServed;

    /// <param name="total">Number of patients in the collection.</param>
    /// <param name="latency">Delay before each page is answered (the token endpoint answers at once).</param>
    public InProcessApiHandler(long total, TimeSpan latency)
    {
        _total = total;
        _latency = latency;
    }

    /// <summary>Number of page requests answered.</summary>
    public int PagesServed => Volatile.Read(ref _pagesServed);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (request.Method == HttpMethod.Post && path.EndsWith("/oauth/token", StringComparison.Ordinal))
        {
            return Answer(HttpStatusCode.Created, new ByteArrayContent(TokenDocument));
        }

        if (request.Method != HttpMethod.Get || !path.EndsWith("/pub/patient", StringComparison.Ordinal))
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        if (_latency > TimeSpan.Zero)
        {
            await Task.Delay(_latency, cancellationToken).ConfigureAwait(false);
        }

        var limit = int.Parse(Query(request.RequestUri, "page[limit]") ?? "50", System.Globalization.CultureInfo.InvariantCulture);
        var after = Query(request.RequestUri, "page[after]");
        var first = after is null ? 0 : long.Parse(after.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) + 1;
        var count = (int)Math.Min(limit, _total - first);
        Interlocked.Increment(ref _pagesServed);
        return Answer(HttpStatusCode.OK, new ChunkedPageContent(JsonApiDocuments.PatientsPage(first, count, _total, limit)));
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue(JsonApiMediaType);
        return new HttpResponseMessage(status) { Content = content };
    }

    private static string? Query(Uri uri, string name)
    {
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            if (key == name)
            {
                return equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }

        return null;
    }
}
