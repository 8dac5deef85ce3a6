using System.Net;
using FitbitPlus.Authentication;
using FitbitPlus.Errors;

namespace FitbitPlus;

/// <summary>
/// The one exception the library throws for a failed API call: a non-success status, or a body that is not
/// the JSON:API document that was expected. Carries the API's error objects when the server sent any.
/// </summary>
public class FitbitPlusException : Exception
{
    // The values masked when this exception was built, so ToString still masks them after their client is disposed.
    // A field initializer runs before the base constructor, so the snapshot exists before anything is masked.
    [System.Diagnostics.DebuggerBrowsable(System.Diagnostics.DebuggerBrowsableState.Never)]
    private readonly string[] _masked = KnownSecrets.Snapshot();

    /// <summary>Creates an exception with a message and no response details.</summary>
    public FitbitPlusException(string message)
        : this(message, statusCode: null, errors: null, requestId: null, bodyExcerpt: null, innerException: null)
    {
    }

    /// <summary>Creates an exception describing a failed API call.</summary>
    public FitbitPlusException(
        string message,
        HttpStatusCode? statusCode,
        IReadOnlyList<ApiError>? errors,
        string? requestId,
        string? bodyExcerpt,
        Exception? innerException = null)
        : base(KnownSecrets.Redact(message), innerException)
    {
        // Masked here, where every path passes, so a secret or token a server echoed cannot reach any member.
        // A success status on a failure would invite "if (ex.StatusCode == OK) ignore": an unusable 2xx answer is
        // reported without one (its message names the status).
        StatusCode = statusCode is >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices ? null : statusCode;
        Errors = errors?.Select(RedactError).ToArray() ?? Array.Empty<ApiError>();
        RequestId = Redact(requestId);
        BodyExcerpt = Redact(bodyExcerpt);
    }

    /// <summary>The wait the server asked for in <c>Retry-After</c> (a 429 or 503 that outlasted the retries), when it sent one.</summary>
    internal TimeSpan? RetryAfter { get; set; }

    /// <summary>The constructor the generated client calls (NSwag's exception signature) for an answer it cannot use.</summary>
    internal FitbitPlusException(
        string message,
        int statusCode,
        string? response,
        IReadOnlyDictionary<string, IEnumerable<string>> headers,
        Exception? innerException)
        : this(
            $"The API answered HTTP {statusCode}: {message}",
            (HttpStatusCode)statusCode,
            null,
            null,
            string.IsNullOrEmpty(response) ? null : ErrorResponseReader.Excerpt(response),
            innerException)
    {
        _ = headers; // Part of NSwag's signature; headers may carry credentials, so they are not kept.
    }

    /// <summary>The HTTP error status, or <see langword="null"/> when no response was received or a 2xx answer was unusable (the message names it).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The JSON:API <c>errors</c> the server returned (empty when the body carried none).</summary>
    public IReadOnlyList<ApiError> Errors { get; }

    /// <summary>The server's request id (<c>meta.req_id</c>), useful when contacting API support.</summary>
    public string? RequestId { get; }

    /// <summary>The start of the raw response body (bounded in length), for diagnosis.</summary>
    public string? BodyExcerpt { get; }

    /// <summary>The first error's code, if any (for example <c>InvalidCredentials</c>).</summary>
    public string? ErrorCode => Errors.Count > 0 ? Errors[0].Code : null;

    /// <summary>Describes the exception (and its inner exceptions) with the client secret and tokens masked.</summary>
    public override string ToString() => KnownSecrets.Redact(Redact(base.ToString()));

    private ApiError RedactError(ApiError error) => new(
        Redact(error.Status),
        Redact(error.Code),
        Redact(error.Title),
        Redact(error.Detail),
        Redact(error.SourcePointer),
        Redact(error.SourceParameter));

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private string? Redact(string? text) => KnownSecrets.Redact(text, _masked);
}
