using System.Globalization;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace FitbitPlus.Http;

/// <summary>Builds the Polly pipeline: a total timeout around exponential retries with jitter that honour <c>Retry-After</c>.</summary>
internal static class FitbitPlusResilience
{
    /// <summary>Creates a pipeline named <paramref name="name"/>; see <see cref="TransientFailurePolicy.ShouldRetry"/> for <paramref name="everyRequestRepeatable"/>.</summary>
    public static ResiliencePipeline<HttpResponseMessage> Create(string name, FitbitPlusClientOptions options, ILogger logger, bool everyRequestRepeatable)
    {
        var time = options.TimeProvider;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = name, TimeProvider = time };
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "TotalTimeout", Timeout = options.RetryTotalTimeout });
        if (options.MaxRetryAttempts == 0)
        {
            return builder.Build();
        }

        builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            Name = "Retry",
            MaxRetryAttempts = options.MaxRetryAttempts,
            Delay = options.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = args => new ValueTask<bool>(
                TransientFailurePolicy.ShouldRetry(args.Context.GetRequestMessage(), args.Outcome, time, options.RetryTotalTimeout, everyRequestRepeatable)),
            // A server-given Retry-After wins over the computed backoff (null means "use the backoff").
            DelayGenerator = args => new ValueTask<TimeSpan?>(TransientFailurePolicy.RetryAfter(args.Outcome.Result, time)),
            OnRetry = args =>
            {
                var request = args.Context.GetRequestMessage();
                FitbitPlus.Diagnostics.RetryTelemetry.Retrying(request, args.Outcome);
                if (args.Outcome.Result?.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
                {
                    ThrottleSignal.Throttled(); // a retried 429 still means "fewer requests at once"
                }

                var outcome = args.Outcome.Result is { } r
                    ? string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)r.StatusCode}")
                    : args.Outcome.Exception?.GetType().Name ?? "a failure";
                HttpLog.Retrying(logger, request?.Method.Method ?? "?", request?.RequestUri?.AbsolutePath ?? "?",
                    args.RetryDelay, args.AttemptNumber + 1, options.MaxRetryAttempts, outcome);
                return default;
            },
        });
        return builder.Build();
    }
}
