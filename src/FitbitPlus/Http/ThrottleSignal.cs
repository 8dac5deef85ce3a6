namespace FitbitPlus.Http;

/// <summary>
/// Tells a caller that paces itself (the partitioned export's in-flight limit) about every 429 its requests met, also
/// those the client's retries absorbed: the listener is scoped to the caller's async flow, which the handler chain
/// runs in, so it hears only its own requests.
/// </summary>
internal static class ThrottleSignal
{
    private static readonly AsyncLocal<Action?> Listener = new();

    /// <summary>Calls <paramref name="onThrottled"/> for each 429 answered to a request sent in this flow until disposed.</summary>
    public static Scope Listen(Action onThrottled)
    {
        var previous = Listener.Value;
        Listener.Value = onThrottled;
        return new Scope(previous);
    }

    /// <summary>Reports a 429 to the flow's listener, if any.</summary>
    public static void Throttled() => Listener.Value?.Invoke();

    /// <summary>Restores the listener that was there before.</summary>
    internal readonly struct Scope(Action? previous) : IDisposable
    {
        public void Dispose() => Listener.Value = previous;
    }
}
