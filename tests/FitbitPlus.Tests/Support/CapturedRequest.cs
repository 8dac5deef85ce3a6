namespace FitbitPlus.Tests.Support;

/// <summary>One request as it went on the wire, with its body read eagerly.</summary>
internal sealed record CapturedRequest(HttpMethod Method, Uri Uri, string? ContentType, string? Body)
{
    /// <summary>Reads a request (including its body) so it can be inspected after the call returned.</summary>
    public static async Task<CapturedRequest> FromAsync(HttpRequestMessage request) =>
        new(request.Method, request.RequestUri!, request.Content?.Headers.ContentType?.ToString(),
            request.Content is null ? null : await request.Content.ReadAsStringAsync());

    /// <summary>The query string decoded into (name, value) pairs, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query =>
        Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), p.Length > 1 ? Uri.UnescapeDataString(p[1]) : ""))
            .ToList();
}
