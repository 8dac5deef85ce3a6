using System.Net.Http;

namespace FitbitPlus.Http;

/// <summary>Decides whether a request may be sent again (after a 401 or a transient failure).</summary>
internal static class RequestReplay
{
    /// <summary>True when the request has no body or a body held in memory; a streamed body is consumed by the first send.</summary>
    public static bool CanReplay(HttpRequestMessage request) => CanReplay(request.Content);

    /// <summary>True for methods that the HTTP specification defines as idempotent.</summary>
    public static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete
        || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Trace;

    private static bool CanReplay(HttpContent? content) => content switch
    {
        null => true,
        ByteArrayContent or ReadOnlyMemoryContent => true, // StringContent and FormUrlEncodedContent derive from ByteArrayContent.
        MultipartContent multipart => multipart.All(CanReplay),
        _ => false,
    };
}
