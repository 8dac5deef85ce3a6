using System.Net;
using System.Text;
using FitbitPlus.Errors;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Http;

/// <summary>
/// The one reader of API response bodies (generated operations, paging and PATCH): checks the status, the media
/// type and the body, deserializes it, and reports every way it can be wrong as a <see cref="FitbitPlusException"/>
/// that names the request.
/// </summary>
internal static class ResponseDocumentReader
{
    /// <summary>Reads a JSON document of type <typeparamref name="T"/> from a response.</summary>
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonSerializer serializer, CancellationToken cancellationToken)
    {
        var (document, _) = await ReadAsync<T, JsonTextReader>(response, serializer, static text => new JsonTextReader(text), null, cancellationToken).ConfigureAwait(false);
        return document;
    }

    /// <summary>
    /// Reads a JSON document with a reader of the caller's (which may observe the token stream) and an optional
    /// check of the result that returns a problem description, or <see langword="null"/> when the document is fine.
    /// </summary>
    public static async Task<(T Document, TReader Reader)> ReadAsync<T, TReader>(
        HttpResponseMessage response,
        JsonSerializer serializer,
        Func<TextReader, TReader> createReader,
        Func<TReader, T, string?>? check,
        CancellationToken cancellationToken)
        where TReader : JsonTextReader
    {
        using var body = await OpenCheckedBodyAsync(response, cancellationToken).ConfigureAwait(false);
        Utf8Body.ThrowIfInvalid(response, await BytesAsync(response, keep: false, cancellationToken).ConfigureAwait(false), body);
        return Deserialize(response, body, serializer, createReader, check);
    }

    /// <summary>
    /// The buffered body's bytes (the pipeline's array itself, valid until the response is disposed; a copy only behind
    /// a bare HttpClient). With <paramref name="keep"/>, the bytes stay valid after that (slices of them are kept).
    /// </summary>
    public static async ValueTask<ArraySegment<byte>> BytesAsync(HttpResponseMessage response, bool keep, CancellationToken cancellationToken) =>
        response.Content is BufferedContent buffered
            ? keep ? buffered.Detach() : buffered.Body
            : await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Deserializes a checked body (see <see cref="OpenCheckedBodyAsync"/>) that is valid UTF-8 (see <see cref="Utf8Body"/>).
    /// </summary>
    public static (T Document, TReader Reader) Deserialize<T, TReader>(
        HttpResponseMessage response,
        Stream body,
        JsonSerializer serializer,
        Func<TextReader, TReader> createReader,
        Func<TReader, T, string?>? check)
        where TReader : JsonTextReader
    {
        // UTF-8 only: the reader skips a UTF-8 byte-order mark; any other encoding was refused by Utf8Body.
        var reader = createReader(new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true));
        reader.ArrayPool = PooledChars.Instance; // the reader's token buffer grows to the longest string; pooled, it is not allocated each time
        try
        {
            T? document;
            try
            {
                document = serializer.Deserialize<T>(reader);
            }
            catch (Exception ex) when (ErrorResponseReader.IsUnreadableBody(ex))
            {
                throw Malformed(response, $"its body is not a valid {typeof(T).Name} ({Describe(ex)})", body, ex);
            }

            if (document is null)
            {
                throw Malformed(response, $"its body is the JSON literal null, not a {typeof(T).Name}", body);
            }

            if (reader is IDocumentShape { HasErrors: true })
            {
                // Rare, so the buffered body is simply parsed once more to read the error objects.
                ThrowIfErrors(response, body);
            }

            if (check?.Invoke(reader, document) is { } problem)
            {
                throw Malformed(response, problem, body);
            }

            if (SingleResourceDocument.Is(typeof(T)) && NeedsResourceCheck(response))
            {
                // A GET, POST or PATCH of one resource must answer that resource: data null, missing or {} is no success.
                // Only a document the byte scan flags (or one behind a bare HttpClient) is parsed again, to describe it.
                SuccessBodyValidator.ThrowIfNotResourceDocument(Parse(body), ErrorResponseReader.DescribeRequest(response.RequestMessage), response.StatusCode, SafeHead(response, body));
            }

            return (document, reader);
        }
        finally
        {
            ((IDisposable)reader).Dispose();
        }
    }

    /// <summary>
    /// The body of a success answer, buffered and seekable, after the checks every document shares: an error status
    /// throws the API's errors, a content type other than JSON or an empty body throws <see cref="Malformed"/>.
    /// </summary>
    public static async Task<Stream> OpenCheckedBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            // The client's own pipeline throws before we get here; a bare HttpClient does not.
            throw await ErrorResponseReader.FromErrorResponseAsync(response, cancellationToken).ConfigureAwait(false);
        }

        // The body is read from memory so the synchronous Newtonsoft reader never blocks on the network. The
        // pipeline has buffered it already; buffering again would copy it, so that happens only for a bare HttpClient.
        if (response.Content is not BufferedContent)
        {
#if NET9_0_OR_GREATER
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
            await response.Content.LoadIntoBufferAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
#endif
        }

        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is not null && !ErrorResponseReader.IsJson(mediaType))
        {
            using (body)
            {
                throw Malformed(response, $"its content type is '{mediaType}', not JSON", body);
            }
        }

        if (body.Length == 0)
        {
            using (body)
            {
                throw Malformed(response, "its body is empty", body);
            }
        }

        return body;
    }

    /// <summary>Throws the API's error objects of a success answer whose document has a top-level <c>errors</c> member.</summary>
    public static void ThrowIfErrors(HttpResponseMessage response, Stream body) =>
        SuccessBodyValidator.ThrowIfErrors(Parse(body), ErrorResponseReader.DescribeRequest(response.RequestMessage), response.StatusCode, SafeHead(response, body));

    /// <summary>Builds the exception for a 2xx answer whose body is not what the operation returns.</summary>
    public static FitbitPlusException Malformed(HttpResponseMessage response, string problem, Stream? body, Exception? inner = null)
    {
        var request = ErrorResponseReader.DescribeRequest(response.RequestMessage);
        var secret = IsTokenExchange(response.RequestMessage);
        var excerpt = body is not null && SafeHead(response, body) is { } head ? ErrorResponseReader.Excerpt(head) : null;
        var status = response.StatusCode;
        return new FitbitPlusException(
            $"{request} answered HTTP {(int)status} ({status}) but not the expected JSON:API document: {problem.TrimEnd('.')}.",
            status, null, null, excerpt, secret ? null : inner);
    }

    private static bool NeedsResourceCheck(HttpResponseMessage response) =>
        response.Content is not BufferedContent buffered || ResourceDocumentScan.Problem(buffered.Body, out var hasErrors) is not null || hasErrors;

    private static JObject Parse(Stream body)
    {
        body.Position = 0;
        using var text = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
        using var json = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(json);
    }

    // The token endpoint's body carries tokens this process has not learnt yet, so it is never quoted.
    private static string? SafeHead(HttpResponseMessage response, Stream body) => IsTokenExchange(response.RequestMessage) ? null : Head(body);

    private static string? Head(Stream body)
    {
        if (!body.CanSeek || body.Length == 0)
        {
            return null;
        }

        var head = new byte[(int)Math.Min(body.Length, ErrorResponseReader.MaxExcerptLength * 4L)];
        body.Position = 0;
        body.ReadExactly(head);
        return Encoding.UTF8.GetString(head);
    }

    // The token endpoint's body carries tokens: its problems are described without quoting it.
    private static bool IsTokenExchange(HttpRequestMessage? request) =>
        request?.RequestUri?.OriginalString.Split('?')[0].EndsWith("oauth/token", StringComparison.Ordinal) == true;

    private static string Describe(Exception exception) => exception switch
    {
        JsonReaderException r => $"at '{r.Path}', line {r.LineNumber}: {FirstSentence(r.Message)}",
        JsonSerializationException s => $"at '{s.Path}': {FirstSentence(s.Message)}",
        _ => $"a value could not be read: {exception.GetType().Name}: {FirstSentence(exception.Message)}",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
