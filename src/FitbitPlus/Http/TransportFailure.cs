using Polly.Timeout;

namespace FitbitPlus.Http;

/// <summary>How an exchange that the transport failed is described, for API and token requests alike.</summary>
internal static class TransportFailure
{
    /// <summary>The reason: the retries' total timeout, the transport's own message, or the type and message of anything else (the caller's own handler's).</summary>
    public static string Describe(Exception exception, TimeSpan totalTimeout) => exception switch
    {
        TimeoutRejectedException => $"no answer within the total timeout of {totalTimeout}",
        HttpRequestException or IOException => exception.Message,
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
