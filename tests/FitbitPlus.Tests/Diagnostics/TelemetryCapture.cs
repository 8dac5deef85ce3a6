using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using FitbitPlus.Diagnostics;

namespace FitbitPlus.Tests.Diagnostics;

/// <summary>
/// Listens to the library's ActivitySource for one test, and records what went over the wire below the library's
/// handlers (bearer tokens, token answers, resource ids, query values), so every tag can be checked against them.
/// </summary>
internal sealed partial class TelemetryCapture : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _activities = new();

    public TelemetryCapture()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FitbitPlusTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The library's Activities that stopped while listening.</summary>
    public IReadOnlyList<Activity> Activities => _activities.ToArray();

    /// <summary>Values that must never appear in telemetry, gathered by <see cref="Wire"/>.</summary>
    public ConcurrentBag<string> Forbidden { get; } = new();

    /// <summary>A handler for the client's pipeline (inside the library's own) that notes every secret value it sees.</summary>
    public DelegatingHandler Wire() => new WireRecorder(Forbidden);

    /// <summary>Every tag value of every Activity and event, and the given measurement tags, as strings.</summary>
    public IEnumerable<string> TagValues(IEnumerable<KeyValuePair<string, object?>> measurementTags) =>
        Activities.SelectMany(a => a.TagObjects.Concat(a.Events.SelectMany(e => e.Tags)).Append(new("name", a.DisplayName)).Append(new("status", a.StatusDescription)))
            .Concat(measurementTags)
            .Select(t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);

    public void Dispose() => _listener.Dispose();

    private sealed partial class WireRecorder(ConcurrentBag<string> forbidden) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Headers.Authorization is { Parameter: { } bearer })
            {
                forbidden.Add(bearer);
            }

            foreach (var pair in (request.RequestUri?.Query ?? string.Empty).TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var value = Uri.UnescapeDataString(pair[(pair.IndexOf('=') + 1)..]);
                if (value.Length >= 4 && !int.TryParse(value, out _))
                {
                    forbidden.Add(value); // filter values (organization ids, dates); page numbers are not secret
                }
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Content is { } content)
            {
                await content.LoadIntoBufferAsync();
                var body = await content.ReadAsStringAsync(cancellationToken);
                foreach (Match match in Secrets().Matches(body))
                {
                    forbidden.Add(match.Groups[2].Value);
                }
            }

            return response;
        }

        // Resource ids and every token the server hands out.
        [GeneratedRegex("\"(id|access_token|refresh_token)\"\\s*:\\s*\"([^\"]+)\"")]
        private static partial Regex Secrets();
    }
}
