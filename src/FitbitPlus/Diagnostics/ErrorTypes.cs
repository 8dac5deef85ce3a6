using System.Globalization;
using FitbitPlus.Authentication;

namespace FitbitPlus.Diagnostics;

/// <summary>The OpenTelemetry <c>error.type</c> of a failure: the HTTP status code when there was one, else the exception's type.</summary>
internal static class ErrorTypes
{
    public static string Of(Exception exception) => exception switch
    {
        FitbitPlusException { StatusCode: { } status } => ((int)status).ToString(CultureInfo.InvariantCulture),
        FitbitPlusAuthenticationException => "token_request_failed",
        OperationCanceledException => "canceled",
        _ => exception.GetType().FullName ?? "_OTHER",
    };

    public static string Of(int statusCode) => statusCode.ToString(CultureInfo.InvariantCulture);
}
