using System.Net;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Errors;

/// <summary>
/// Rejects 2xx answers whose JSON:API document cannot be what the operation promised: an <c>errors</c> member (JSON:API
/// forbids it next to <c>data</c>; a server sending it on a 2xx reports a failure), or a single-resource document
/// whose <c>data</c> is missing, <c>null</c> or not a resource object with a string <c>type</c> and <c>id</c>.
/// Every rejection is a <see cref="FitbitPlusException"/> carrying the server's error objects when there are any.
/// </summary>
internal static class SuccessBodyValidator
{
    /// <summary>
    /// Checks the body of a 2xx answer to an operation that returns one resource (GET one, PATCH, POST).
    /// <paramref name="what"/> describes the request ("PATCH /pub/calendar_event/e1").
    /// </summary>
    /// <exception cref="FitbitPlusException">The body is not a usable single-resource document.</exception>
    public static void ThrowIfNotResourceDocument(string body, string what, HttpStatusCode status)
    {
        JToken root;
        try
        {
            root = JToken.Parse(body);
        }
        catch (JsonException ex)
        {
            throw Fail(what, status, $"the body is not valid JSON ({ex.Message})", body, null, null, ex);
        }

        if (root is not JObject document)
        {
            throw Fail(what, status, $"the body is a JSON {root.Type}, not a JSON:API document", body, null, null);
        }

        ThrowIfNotResourceDocument(document, what, status, body);
    }

    /// <summary>As <see cref="ThrowIfNotResourceDocument(string, string, HttpStatusCode)"/>, for an already parsed document.</summary>
    public static void ThrowIfNotResourceDocument(JObject document, string what, HttpStatusCode status, string? body = null)
    {
        ThrowIfErrors(document, what, status, body);
        var problem = document.TryGetValue("data", out var data)
            ? data switch
            {
                { Type: JTokenType.Null } => "its 'data' is null",
                JObject resource when !IsString(resource["type"]) || !IsString(resource["id"]) =>
                    "its 'data' is not a resource object (a string 'type' and 'id' are required)",
                JObject => null,
                _ => $"its 'data' is a JSON {data.Type}, not a resource object",
            }
            : "the document has no 'data' member";
        if (problem is not null)
        {
            throw Fail(what, status, problem, body, null, null);
        }
    }

    /// <summary>Throws when a 2xx document carries at least one error object.</summary>
    /// <exception cref="FitbitPlusException">The document has errors; they are on <see cref="FitbitPlusException.Errors"/>.</exception>
    public static void ThrowIfErrors(JObject document, string what, HttpStatusCode status, string? body = null)
    {
        var (errors, requestId) = ErrorResponseReader.ReadErrors(document);
        if (errors.Count > 0)
        {
            throw Fail(what, status, $"it carries errors: {ErrorResponseReader.Summarize(errors)}", body, errors, requestId);
        }
    }

    private static bool IsString(JToken? token) => token is JValue { Type: JTokenType.String };

    private static FitbitPlusException Fail(
        string what, HttpStatusCode status, string problem, string? body, IReadOnlyList<ApiError>? errors, string? requestId, Exception? inner = null) =>
        new($"{what} answered HTTP {(int)status} ({status}) but {problem}" + (requestId is null ? "." : $" (req_id {requestId})."),
            status, errors, requestId, body is null ? null : ErrorResponseReader.Excerpt(body), inner);
}
