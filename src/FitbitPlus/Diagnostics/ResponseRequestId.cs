using System.Text.Json;
using FitbitPlus.Http;

namespace FitbitPlus.Diagnostics;

/// <summary>The server's request id of an answer: the <c>X-Request-Id</c> header, else the body's <c>meta.req_id</c>.</summary>
internal static class ResponseRequestId
{
    public static string? Of(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("X-Request-Id", out var values) && values.FirstOrDefault() is { Length: > 0 } header)
        {
            return header;
        }

        return response.Content is BufferedContent buffered ? FromBody(buffered.Body) : null;
    }

    /// <summary>Reads the top-level <c>meta.req_id</c> string; null when absent or when the body is not JSON.</summary>
    internal static string? FromBody(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isMeta = reader.ValueTextEquals("meta"u8);
                reader.Read();
                if (isMeta && reader.TokenType == JsonTokenType.StartObject)
                {
                    return RequestIdIn(ref reader);
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Bad bodies are reported by the pipeline itself; telemetry just has no request id.
        }

        return null;
    }

    private static string? RequestIdIn(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals("req_id"u8);
            reader.Read();
            if (isId)
            {
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return null;
    }
}
