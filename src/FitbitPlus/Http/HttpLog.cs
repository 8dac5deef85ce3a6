using Microsoft.Extensions.Logging;

namespace FitbitPlus.Http;

/// <summary>Structured log events of the HTTP pipeline.</summary>
internal static partial class HttpLog
{
    [LoggerMessage(EventId = 100, EventName = "Retrying", Level = LogLevel.Warning,
        Message = "Retrying {Method} {Path} in {Delay} (retry {Retry} of {MaxRetries}) after {Outcome}.")]
    public static partial void Retrying(ILogger logger, string method, string path, TimeSpan delay, int retry, int maxRetries, string outcome);
}
