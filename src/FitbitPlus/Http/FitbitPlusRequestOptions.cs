namespace FitbitPlus.Http;

/// <summary>Per-request markers that tell the pipeline's handlers how to treat a request.</summary>
internal static class FitbitPlusRequestOptions
{
    /// <summary>Set on the library's own token requests: no bearer, no error translation, retried like an idempotent call.</summary>
    public static readonly HttpRequestOptionsKey<bool> TokenRequest = new("FitbitPlus.TokenRequest");

    /// <summary>True when the request is one of the library's own token requests.</summary>
    public static bool IsTokenRequest(HttpRequestMessage request) =>
        request.Options.TryGetValue(TokenRequest, out var value) && value;
}
