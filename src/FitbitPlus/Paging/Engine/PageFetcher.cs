using System.Net.Http.Headers;
using System.Text;
using FitbitPlus.Errors;
using FitbitPlus.Models;
using FitbitPlus.Http;
using Newtonsoft.Json;

namespace FitbitPlus.Paging;

/// <summary>
/// GETs one page and deserializes it with the generated serializer settings, turning every way a body can be
/// wrong (error status, HTML, empty, truncated, no <c>data</c>) into a <see cref="FitbitPlusException"/>.
/// </summary>
internal sealed class PageFetcher<TDocument, TResource>
    where TDocument : class, ICollectionDocument<TResource>
{
    private static readonly MediaTypeWithQualityHeaderValue JsonApi = new("application/vnd.api+json");
    private readonly HttpClient _http;
    private readonly JsonSerializer? _serializer;

    /// <param name="http">The client's API <see cref="HttpClient"/>.</param>
    /// <param name="serializer">The generated client's serializer; <see langword="null"/> only for raw pages, which do not deserialize.</param>
    public PageFetcher(HttpClient http, JsonSerializer? serializer)
    {
        _http = http;
        _serializer = serializer;
    }

    /// <summary>
    /// A fetcher for <typeparamref name="TDocument"/>; raw pages get no serializer, whose settings cost a raw export's
    /// start-up about 10 ms (a throwaway generated client and its converters) for nothing.
    /// </summary>
    public static PageFetcher<TDocument, TResource> Create(HttpClient http) =>
        new(http, typeof(TDocument) == typeof(RawCollectionDocument) ? null : GeneratedJson.CreateSerializer());

    public async Task<FetchedPage<TDocument>> FetchAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(JsonApi);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.RequestMessage ??= request; // Test doubles may leave it unset; messages name the request.
        using var body = await ResponseDocumentReader.OpenCheckedBodyAsync(response, cancellationToken).ConfigureAwait(false);
        // Raw pages keep their resources as slices of the body, so its array must outlive the response.
        var raw = typeof(TDocument) == typeof(RawCollectionDocument);
        var bytes = await ResponseDocumentReader.BytesAsync(response, keep: raw, cancellationToken).ConfigureAwait(false);
        if (raw)
        {
            // Raw pages are read from the body's bytes, without the serializer.
            var (rawDocument, rawLinks) = RawPageParser.Parse(response, bytes, body);
            return new FetchedPage<TDocument>((TDocument)(object)rawDocument, rawLinks, uri);
        }

        // One page-shape rule for every pager: the typed and by-name pages pass the same check as raw ones first.
        var shape = PageShapeReader.Read(response, bytes, body, keepItems: false);
        body.Position = 0;
        var (document, _) = ResponseDocumentReader.Deserialize<TDocument, PageReader>(
            response,
            body,
            _serializer ?? throw new InvalidOperationException($"No serializer for {typeof(TDocument).Name} pages."),
            text => new PageReader(text)
            {
                // Resources kept as JSON stay exactly as sent: no date-like string becomes a DateTime.
                DateParseHandling = typeof(TResource) == typeof(Newtonsoft.Json.Linq.JObject) ? DateParseHandling.None : DateParseHandling.DateTime,
            },
            CheckPage);

        return new FetchedPage<TDocument>(document, shape.Links, uri);
    }

    private static string? CheckPage(PageReader reader, TDocument document) => reader.DataToken switch
    {
        null => "the document has no 'data' member",
        JsonToken.StartArray when document.Data is not null => null,
        var token => $"its 'data' is {Describe(token.Value)}, not an array of resources",
    };

    private static string Describe(JsonToken token) => token switch
    {
        JsonToken.Null => "null",
        JsonToken.StartObject => "an object",
        _ => $"a {token}",
    };
}
