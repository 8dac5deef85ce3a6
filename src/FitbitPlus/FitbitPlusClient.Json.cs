using System.Net.Http.Headers;
using FitbitPlus.Errors;
using FitbitPlus.JsonApi;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus;

/// <summary>Reads of resources as JSON documents exactly as the API sent them, every member kept.</summary>
public partial class FitbitPlusClient
{
    /// <summary>
    /// Fetches <c>GET {path}/{id}</c> (for example <c>patient/5816…</c>) and returns the JSON:API document exactly as the API
    /// sent it, members the spec does not describe included; works for types without a typed single fetch.
    /// </summary>
    /// <param name="path">The resource's path relative to the base address, usually its JSON:API type (<c>patient</c>, <c>result</c>).</param>
    /// <param name="id">The resource id.</param>
    /// <param name="include">The <c>include</c> parameter, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="FitbitPlusException">The API refused the request, or answered with a body that is not a JSON:API document with a <c>data</c> object.</exception>
    public virtual async Task<JObject> GetJsonDocumentAsync(string path, string id, string? include = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var relative = $"{path.Trim('/')}/{Uri.EscapeDataString(id)}" + (include is null ? string.Empty : "?include=" + Uri.EscapeDataString(include));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(relative, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonApiPatchSender.MediaType));

        // Non-success answers, non-JSON bodies and transport failures become FitbitPlusException in the pipeline.
        using var response = await HttpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await ErrorResponseReader.FromErrorResponseAsync(response, cancellationToken).ConfigureAwait(false);
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var described = $"GET {relative} answered HTTP {(int)response.StatusCode}";
        JToken? document;
        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None };
            document = string.IsNullOrWhiteSpace(body) ? null : JToken.ReadFrom(reader);
        }
        catch (JsonReaderException ex)
        {
            // No StatusCode: the status was a success; the failure is the body.
            throw new FitbitPlusException($"{described} with a body that is not valid JSON (at '{ex.Path}').", null, null, null, ErrorResponseReader.Excerpt(body), ex);
        }

        return document is JObject { } root && root["data"] is JObject
            ? root
            : throw new FitbitPlusException($"{described} without a JSON:API document whose data is a resource object.", null, null, null, ErrorResponseReader.Excerpt(body));
    }
}
