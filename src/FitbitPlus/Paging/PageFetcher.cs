using System.Net.Http.Headers;
using System.Text;
using FitbitPlus.Errors;
using FitbitPlus.Generated;
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
    private readonly JsonSerializer _serializer;

    public PageFetcher(HttpClient http, JsonSerializer serializer)
    {
        _http = http;
        _serializer = serializer;
    }

    public async Task<FetchedPage<TDocument>> FetchAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(JsonApi);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            // The client's own pipeline throws before we get here; a bare HttpClient does not.
            throw await ErrorResponseReader.FromErrorResponseAsync(response, cancellationToken).ConfigureAwait(false);
        }

        var what = ErrorResponseReader.DescribeRequest(request);
        var mediaType = response.Content.Headers.ContentType?.MediaType;

        // The page is buffered (never as one string) so the synchronous Newtonsoft reader does not block on the
        // network; only one page is held at a time. The client's pipeline has buffered it already as a byte array,
        // whose stream is a view of that array; LoadIntoBufferAsync would copy it once more, so it runs only for
        // other transports (a bare HttpClient).
        if (response.Content is not BufferedContent)
        {
#if NET9_0_OR_GREATER
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
            await response.Content.LoadIntoBufferAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
#endif
        }

        using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);

        if (mediaType is not null && !ErrorResponseReader.IsJson(mediaType))
        {
            throw Malformed(what, $"its content type is '{mediaType}', not JSON", response, body);
        }

        if (body.Length == 0)
        {
            throw Malformed(what, "its body is empty", response, body);
        }

        TDocument? document;
        using (var reader = new PageReader(new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true)))
        {
            if (typeof(TResource) == typeof(Newtonsoft.Json.Linq.JObject))
            {
                // Resources kept as JSON stay exactly as sent: no date-like string becomes a DateTime.
                reader.DateParseHandling = DateParseHandling.None;
            }

            try
            {
                document = _serializer.Deserialize<TDocument>(reader);
            }
            catch (Exception ex) when (ErrorResponseReader.IsUnreadableBody(ex))
            {
                throw Malformed(what, $"its body is not a valid {typeof(TDocument).Name}: {ex.Message}", response, body, ex);
            }

            if (document is null)
            {
                throw Malformed(what, "its body holds no JSON document", response, body);
            }

            if (reader.HasErrors)
            {
                ThrowIfErrors(what, response, body);
            }

            if (reader.DataToken is null)
            {
                throw Malformed(what, "the document has no 'data' member", response, body);
            }

            if (reader.DataToken != JsonToken.StartArray || document.Data is null)
            {
                throw Malformed(what, $"its 'data' is {Describe(reader.DataToken.Value)}, not an array of resources", response, body);
            }

            var links = new CollectionLinks { Self = reader.Self, First = reader.First, Prev = reader.Prev, Next = reader.Next, Last = reader.Last };
            return new FetchedPage<TDocument>(document, links, uri);
        }
    }

    // Rare, so the buffered page is simply parsed once more to read the error objects.
    private static void ThrowIfErrors(string what, HttpResponseMessage response, Stream body)
    {
        body.Position = 0;
        using var text = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        using var json = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None };
        var document = Newtonsoft.Json.Linq.JObject.Load(json);
        body.Position = 0;
        SuccessBodyValidator.ThrowIfErrors(document, what, response.StatusCode, ErrorResponseReader.Excerpt(ReadHead(body)));
    }

    private static byte[] ReadHead(Stream body)
    {
        var head = new byte[(int)Math.Min(body.Length, ErrorResponseReader.MaxExcerptLength * 4L)];
        body.Position = 0;
        body.ReadExactly(head);
        return head;
    }

    private static string Describe(JsonToken token) => token switch
    {
        JsonToken.Null => "null",
        JsonToken.StartObject => "an object",
        _ => $"a {token}",
    };

    private static FitbitPlusException Malformed(string what, string problem, HttpResponseMessage response, Stream body, Exception? inner = null)
    {
        string? excerpt = null;
        if (body.Length > 0)
        {
            var head = new byte[(int)Math.Min(body.Length, ErrorResponseReader.MaxExcerptLength * 4L)];
            body.Position = 0;
            body.ReadExactly(head);
            excerpt = ErrorResponseReader.Excerpt(head);
        }

        return new FitbitPlusException(
            $"{what} returned HTTP {(int)response.StatusCode} but not a JSON:API collection page: {problem.TrimEnd('.')}.",
            response.StatusCode, null, null, excerpt, inner);
    }
}
