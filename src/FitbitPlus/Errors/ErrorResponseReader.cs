using System.Buffers;
using System.Net;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Errors;

/// <summary>Turns a failed or malformed HTTP response into a <see cref="FitbitPlusException"/>.</summary>
internal static class ErrorResponseReader
{
    /// <summary>Longest body excerpt kept on an exception, in characters.</summary>
    internal const int MaxExcerptLength = 2048;

    /// <summary>Reads the response body (bounded) and builds the exception for a non-success status.</summary>
    public static async Task<FitbitPlusException> FromErrorResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // The body goes into a pooled byte buffer and is parsed from there: no per-response char[] of the bound's
        // size (that was a 512 KB large-object-heap allocation on every 4xx).
        var buffer = ArrayPool<byte>.Shared.Rent(MaxBodyBytes + 1);
        try
        {
            var read = await ReadBoundedAsync(response, buffer, cancellationToken).ConfigureAwait(false);
            return Build(response, new BoundedBody(buffer, Math.Min(read, MaxBodyBytes), read > MaxBodyBytes));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Largest error body read, in bytes: an HTML error page or a runaway body must not exhaust memory.</summary>
    internal const int MaxBodyBytes = 256 * 1024;

    private static FitbitPlusException Build(HttpResponseMessage response, BoundedBody body)
    {
        var status = response.StatusCode;
        var request = DescribeRequest(response.RequestMessage);
        var mediaType = response.Content.Headers.ContentType?.MediaType;

        if (body.IsWhiteSpace())
        {
            return new FitbitPlusException(
                $"{request} failed with HTTP {(int)status} ({status}) and an empty body.",
                status, null, null, null);
        }

        var excerpt = body.Excerpt();
        if (!IsJson(mediaType))
        {
            return new FitbitPlusException(
                $"{request} failed with HTTP {(int)status} ({status}); the body is '{mediaType ?? "without a content type"}', not a JSON:API error document.",
                status, null, null, excerpt);
        }

        if (!TryParse(body, out var errors, out var requestId, out var problem))
        {
            return new FitbitPlusException(
                $"{request} failed with HTTP {(int)status} ({status}); the body is not a JSON:API error document: {problem}",
                status, null, null, excerpt);
        }

        var summary = errors.Count == 0
            ? "no error objects"
            : string.Join("; ", errors.Select(Describe));
        return new FitbitPlusException(
            $"{request} failed with HTTP {(int)status} ({status}): {summary}" + (requestId is null ? "." : $" (req_id {requestId})."),
            status, errors, requestId, excerpt);
    }

    /// <summary>True when the media type is JSON or a JSON-based type such as <c>application/vnd.api+json</c>.</summary>
    public static bool IsJson(string? mediaType) =>
        mediaType is not null
        && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Describes a request as "GET /pub/patient" without the query (which may carry identifiers).</summary>
    public static string DescribeRequest(HttpRequestMessage? request) =>
        request?.RequestUri is null
            ? "The request"
            : $"{request.Method} {(request.RequestUri.IsAbsoluteUri ? request.RequestUri.AbsolutePath : request.RequestUri.OriginalString.Split('?')[0])}";

    /// <summary>Cuts a body to at most <see cref="MaxExcerptLength"/> characters.</summary>
    public static string Excerpt(string text) =>
        text.Length <= MaxExcerptLength ? text : text[..MaxExcerptLength] + "…";

    /// <summary>The start of a UTF-8 body as text, bounded like <see cref="Excerpt(string)"/>.</summary>
    public static string Excerpt(ReadOnlySpan<byte> body) =>
        Excerpt(Encoding.UTF8.GetString(body[..Math.Min(body.Length, MaxExcerptLength * 4)]));

    /// <summary>
    /// True for the exceptions Newtonsoft and the generated converters throw on a body they cannot read: besides
    /// <see cref="JsonException"/>, a malformed date or number surfaces as a format, cast, overflow or argument error.
    /// </summary>
    public static bool IsUnreadableBody(Exception exception) =>
        exception is JsonException or FormatException or InvalidCastException or OverflowException or ArgumentException;

    /// <summary>
    /// The <c>errors</c> of a parsed document (array or single object) and its <c>meta.req_id</c>; empty when it has none.
    /// Used for 2xx documents that carry errors anyway.
    /// </summary>
    public static (IReadOnlyList<ApiError> Errors, string? RequestId) ReadErrors(JObject document)
    {
        var requestId = (document["meta"] as JObject)?["req_id"] is JValue { Type: JTokenType.String } id ? (string?)id : null;
        IReadOnlyList<ApiError> errors = document["errors"] switch
        {
            JArray array => array.OfType<JObject>().Select(ToError).ToList(),
            JObject single => [ToError(single)],
            _ => Array.Empty<ApiError>(),
        };
        return (errors, requestId);
    }

    /// <summary>"code: detail [source]; ..." for a message.</summary>
    public static string Summarize(IReadOnlyList<ApiError> errors) =>
        errors.Count == 0 ? "no error objects" : string.Join("; ", errors.Select(Describe));

    private static string Describe(ApiError error)
    {
        var sb = new StringBuilder(error.Code ?? "error");
        if ((error.Detail ?? error.Title) is { } text)
        {
            sb.Append(": ").Append(text);
        }

        if ((error.SourcePointer ?? error.SourceParameter) is { } source)
        {
            sb.Append(" [").Append(source).Append(']');
        }

        return sb.ToString();
    }

    private static bool TryParse(BoundedBody body, out IReadOnlyList<ApiError> errors, out string? requestId, out string problem)
    {
        errors = Array.Empty<ApiError>();
        requestId = null;
        JToken root;
        try
        {
            using var reader = new JsonTextReader(body.OpenText()) { DateParseHandling = DateParseHandling.None };
            root = JToken.ReadFrom(reader);
            if (reader.Read())
            {
                throw new JsonReaderException("Additional text found after the JSON value.");
            }
        }
        catch (JsonException ex)
        {
            problem = body.Truncated ? "the body is too large to read whole." : $"malformed JSON ({ex.Message})";
            return false;
        }

        if (root is not JObject obj)
        {
            problem = $"the top level is a JSON {root.Type}, not an object.";
            return false;
        }

        requestId = (obj["meta"] as JObject)?["req_id"]?.Type == JTokenType.String ? (string?)obj["meta"]!["req_id"] : null;
        var list = new List<ApiError>();
        switch (obj["errors"])
        {
            case JArray array:
                list.AddRange(array.OfType<JObject>().Select(ToError));
                break;
            case JObject single:
                // The publisher's document declares one object; accept it as well as the array real servers send.
                list.Add(ToError(single));
                break;
            default:
                problem = "it has no 'errors' member.";
                return false;
        }

        errors = list;
        problem = string.Empty;
        return true;
    }

    private static ApiError ToError(JObject e)
    {
        var source = e["source"] as JObject;
        return new ApiError(
            Str(e["status"]), Str(e["code"]), Str(e["title"]), Str(e["detail"]),
            Str(source?["pointer"]), Str(source?["parameter"]));
    }

    private static string? Str(JToken? token) => token switch
    {
        null => null,
        { Type: JTokenType.Null } => null,
        JValue v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture),
        _ => token.ToString(Formatting.None),
    };

    private static async Task<int> ReadBoundedAsync(HttpResponseMessage response, byte[] buffer, CancellationToken cancellationToken)
    {
        var limit = MaxBodyBytes + 1;
        var read = 0;
        try
        {
            using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            int n;
            while (read < limit && (n = await stream.ReadAsync(buffer.AsMemory(read, limit - read), cancellationToken).ConfigureAwait(false)) > 0)
            {
                read += n;
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            // A body cut off mid-way still tells us something; keep what arrived.
        }

        return read;
    }
}
