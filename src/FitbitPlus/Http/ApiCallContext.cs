using System.Net;

namespace FitbitPlus.Http;

/// <summary>
/// What the pipeline saw of the final response of one <c>Api</c> call, so a deserialization failure in the
/// generated code can be reported with the request, status and body excerpt. Flows to the handlers through an
/// <see cref="AsyncLocal{T}"/> set by the call's own async method, so it never leaks to the caller.
/// </summary>
internal sealed class ApiCallContext
{
    private static readonly AsyncLocal<ApiCallContext?> CurrentCall = new();

    /// <summary>The context of the <c>Api</c> call running on this async flow, if any.</summary>
    public static ApiCallContext? Current
    {
        get => CurrentCall.Value;
        set => CurrentCall.Value = value;
    }

    /// <summary>The request as "GET /pub/patient" (no query).</summary>
    public string? Request { get; set; }

    /// <summary>The final status code.</summary>
    public HttpStatusCode? StatusCode { get; set; }

    /// <summary>The final response body, when it was buffered.</summary>
    public byte[]? Body { get; set; }
}
