using Microsoft.Extensions.Time.Testing;

namespace FitbitPlus.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells when a timer is armed (created or changed), so a test can wait for the
/// retry delay or the timeout to be pending before it advances the clock, instead of sleeping.
/// </summary>
internal sealed class ObservableTimeProvider : FakeTimeProvider
{
    private readonly object _gate = new();
    private readonly List<TimeSpan> _armed = [];
    private readonly List<(int From, Func<TimeSpan, bool> Match, TaskCompletionSource<TimeSpan> Done)> _waiters = [];

    public ObservableTimeProvider()
        : base(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>How many timers were armed so far; pass it to <see cref="WaitForTimerAsync"/> to wait only for later ones.</summary>
    public int TimersArmed
    {
        get
        {
            lock (_gate)
            {
                return _armed.Count;
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ObservedTimer(base.CreateTimer(callback, state, dueTime, period), this, dueTime);

    /// <summary>Completes when a timer whose due time matches is armed (the <paramref name="from"/>-th or later); fails after 30 s.</summary>
    public Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match, int from = 0)
    {
        lock (_gate)
        {
            for (var i = from; i < _armed.Count; i++)
            {
                if (match(_armed[i]))
                {
                    return Task.FromResult(_armed[i]);
                }
            }

            var done = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((from, match, done));
            // A safety net against a hang, not a synchronisation: the test fails with a clear message.
            return done.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    private void Armed(TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        lock (_gate)
        {
            _armed.Add(dueTime);
            var index = _armed.Count - 1;
            foreach (var waiter in _waiters.Where(w => w.From <= index && w.Match(dueTime)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(dueTime);
            }
        }
    }

    private sealed class ObservedTimer : ITimer
    {
        private readonly ITimer _inner;
        private readonly ObservableTimeProvider _owner;

        public ObservedTimer(ITimer inner, ObservableTimeProvider owner, TimeSpan dueTime)
        {
            _inner = inner;
            _owner = owner;
            owner.Armed(dueTime);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = _inner.Change(dueTime, period);
            _owner.Armed(dueTime);
            return changed;
        }

        public void Dispose() => _inner.Dispose();

        public ValueTask DisposeAsync() => _inner.DisposeAsync();
    }
}
