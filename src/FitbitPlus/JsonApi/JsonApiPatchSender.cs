using System.Net.Http.Headers;
using FitbitPlus.Errors;
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
            if (!response.IsSuccessStatusCode)
            {
                throw await ErrorResponseReader.FromErrorResponseAsync(response, cancellationToken).ConfigureAwait(false);
            }

            return await ReadDocumentAsync<TResponse>(response, $"PATCH {path}", cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<TResponse> ReadDocumentAsync<TResponse>(HttpResponseMessage response, string request, CancellationToken cancellationToken)
        where TResponse : class
    {
        var status = response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new FitbitPlusException(
                $"{request} answered HTTP {(int)status} ({status}) with an empty body; expected the updated resource as a JSON:API document.",
                status, null, null, null);
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is not null && !ErrorResponseReader.IsJson(mediaType))
        {
            throw new FitbitPlusException(
                $"{request} answered HTTP {(int)status} ({status}) with '{mediaType}', not a JSON:API document.",
                status, null, null, ErrorResponseReader.Excerpt(body));
        }

        TResponse? document;
        try
        {
            document = JsonConvert.DeserializeObject<TResponse>(body, JsonApiJson.Settings);
        }
        catch (Exception ex) when (ErrorResponseReader.IsUnreadableBody(ex))
        {
            var path = ex is JsonSerializationException s ? s.Path : (ex as JsonReaderException)?.Path ?? ex.GetType().Name;
            throw new FitbitPlusException(
                $"{request} answered HTTP {(int)status} ({status}) with a body that is not a valid {typeof(TResponse).Name} (at '{path}').",
                status, null, null, ErrorResponseReader.Excerpt(body), ex);
        }

        if (document is null)
        {
            throw new FitbitPlusException(
                $"{request} answered HTTP {(int)status} ({status}) with a JSON null instead of a {typeof(TResponse).Name} document.",
                status, null, null, ErrorResponseReader.Excerpt(body));
        }

        // Readable is not enough: a 2xx without the updated resource (data null, missing or {}, or errors) is no success.
        SuccessBodyValidator.ThrowIfNotResourceDocument(body, request, status);
        return document;
    }
}
