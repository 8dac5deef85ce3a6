using FitbitPlus.Errors;
using System.Net;
using System.Reflection;
using FitbitPlus.Generated;
using Newtonsoft.Json;

namespace FitbitPlus.Http;

/// <summary>
/// Turns the generated client's <see cref="ApiException"/> into a <see cref="FitbitPlusException"/>. By the time the
/// generated code runs, the pipeline has already rejected non-success statuses and non-JSON bodies, so what is left
/// is a 2xx body that is not the expected document (malformed, empty, truncated) or an undeclared 2xx status.
/// </summary>
internal static class ApiExceptionTranslator
{
    public static FitbitPlusException Translate(ApiException exception, MethodInfo operation, Type documentType, ApiCallContext call)
    {
        var request = call.Request ?? operation.Name;
        var status = call.StatusCode ?? (HttpStatusCode)exception.StatusCode;
        // The token endpoint's body carries tokens: describe its problems without quoting it.
        var secretBody = request.EndsWith("/oauth/token", StringComparison.Ordinal) || operation.Name == "CreateTokenAsync";
        var excerpt = secretBody || call.Body is null ? null : ErrorResponseReader.Excerpt(call.Body);

        if (exception.Message.StartsWith("The HTTP status code of the response was not expected", StringComparison.Ordinal))
        {
            return new FitbitPlusException(
                $"{request} answered HTTP {(int)status} ({status}), a status that {operation.Name} does not expect.",
                status, null, null, excerpt);
        }

        var problem = exception.InnerException switch
        {
            JsonException json => secretBody ? "the JSON is malformed" : json.Message,
            _ when call.Body is { Length: 0 } || exception.Message.StartsWith("Response was null", StringComparison.Ordinal) =>
                "the body is empty (or the JSON literal null)",
            _ => FirstLine(exception.Message),
        };
        return new FitbitPlusException(
            $"The response body of {request} (HTTP {(int)status}) was not a valid {documentType.Name} document: {problem}",
            status, null, null, excerpt, secretBody ? null : exception.InnerException as JsonException);
    }

    /// <summary>A value in a 2xx body that the generated converters could not read (for example a malformed date).</summary>
    public static FitbitPlusException TranslateConversion(Exception exception, MethodInfo operation, Type documentType, ApiCallContext call)
    {
        var request = call.Request ?? operation.Name;
        var status = call.StatusCode ?? HttpStatusCode.OK;
        var secretBody = request.EndsWith("/oauth/token", StringComparison.Ordinal) || operation.Name == "CreateTokenAsync";
        var excerpt = secretBody || call.Body is null ? null : ErrorResponseReader.Excerpt(call.Body);
        return new FitbitPlusException(
            $"The response body of {request} (HTTP {(int)status}) was not a valid {documentType.Name} document: a value could not be read ({exception.GetType().Name}: {exception.Message})",
            status, null, null, excerpt, secretBody ? null : exception);
    }

    // ApiException appends the response body to its message; keep only the description.
    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
