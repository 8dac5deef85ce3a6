using System.Net.Http.Headers;
using FitbitPlus.Http;
using Newtonsoft.Json;

namespace FitbitPlus.JsonApi;

/// <summary>Sends a <see cref="JsonApiPatch"/> as <c>PATCH {type}/{id}</c> and reads the typed response document.</summary>
internal static class JsonApiPatchSender
{
    /// <summary>The JSON:API media type, sent without parameters as the specification requires.</summary>
    public const string MediaType = "application/vnd.api+json";

    /// <summary>Sends the patch through <paramref name="httpClient"/> (whose base address ends with <c>/pub/</c>).</summary>
    public static async Task<TResponse> SendAsync<TResponse>(HttpClient httpClient, JsonApiPatch patch, CancellationToken cancellationToken)
        where TResponse : class
    {
        ArgumentNullException.ThrowIfNull(patch);
        var path = $"{Uri.EscapeDataString(patch.Type)}/{Uri.EscapeDataString(patch.Id)}";
        using var request = new HttpRequestMessage(HttpMethod.Patch, new Uri(path, UriKind.Relative));
        request.Content = new ByteArrayContent(patch.ToUtf8Bytes());
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaType));

        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new FitbitPlusException($"PATCH {path} failed before a response arrived: {ex.Message}", null, null, null, null, ex);
        }

        using (response)
        {
            response.RequestMessage ??= request; // Test doubles may leave it unset; messages name the request.
            return await ResponseDocumentReader.ReadAsync<TResponse>(response, JsonApiJson.Serializer, cancellationToken).ConfigureAwait(false);
        }
    }
}
