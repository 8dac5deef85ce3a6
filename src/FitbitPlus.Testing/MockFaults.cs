namespace FitbitPlus.Mock;

/// <summary>
/// Fault injection of a running mock: a random rate of transient faults, added latency and scripted
/// "the next N requests fail with X". Faults are decided before a request is handled, so a faulted write is
/// never applied to the store. Random decisions use a seeded <see cref="Random"/> for reproducible runs.
/// </summary>
public sealed class MockFaults
{
    private static readonly MockFaultKind[] AllKinds = Enum.GetValues<MockFaultKind>();

    private readonly object _gate = new();
    private readonly Queue<MockFaultKind> _scripted = new();
    private readonly Random _random;
    private double _rate;
    private TimeSpan _latency;
    private IReadOnlyList<MockFaultKind> _randomKinds = AllKinds;
    private int _injected;

    internal MockFaults(int seed, double rate, TimeSpan latency, bool exemptOAuth)
    {
        _random = new Random(seed);
        Rate = rate;
        Latency = latency;
        ExemptOAuth = exemptOAuth;
    }

    /// <summary>Probability (0..1) that a request gets a random fault from <see cref="RandomKinds"/>.</summary>
    public double Rate
    {
        get { lock (_gate) { return _rate; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 0.0);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1.0);
            lock (_gate) { _rate = value; }
        }
    }

    /// <summary>Delay added before every answer (including faults).</summary>
    public TimeSpan Latency
    {
        get { lock (_gate) { return _latency; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            lock (_gate) { _latency = value; }
        }
    }

    /// <summary>The kinds random faults are drawn from (all kinds by default).</summary>
    public IReadOnlyList<MockFaultKind> RandomKinds
    {
        get { lock (_gate) { return _randomKinds; } }
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Count == 0)
            {
                throw new ArgumentException("At least one fault kind is needed.", nameof(value));
            }

            lock (_gate) { _randomKinds = value.ToArray(); }
        }
    }

    /// <summary>When true, random faults spare <c>POST /oauth/token</c> (scripted faults still apply).</summary>
    public bool ExemptOAuth { get; set; }

    /// <summary>Number of faults injected so far.</summary>
    public int InjectedCount => Volatile.Read(ref _injected);

    /// <summary>Makes the next <paramref name="count"/> requests (any route) fail with <paramref name="kind"/>.</summary>
    public void FailNext(int count, MockFaultKind kind)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _scripted.Enqueue(kind);
            }
        }
    }

    /// <summary>Clears scripted faults and sets rate and latency back to zero.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _scripted.Clear();
            _rate = 0;
            _latency = TimeSpan.Zero;
            _randomKinds = AllKinds;
        }
    }

    /// <summary>Decides the fault of the next request, or null to handle it normally.</summary>
    internal MockFaultKind? Decide(bool isOAuth)
    {
        lock (_gate)
        {
            MockFaultKind? kind = null;
            if (_scripted.Count > 0)
            {
                kind = _scripted.Dequeue();
            }
            else if (_rate > 0 && !(isOAuth && ExemptOAuth) && _random.NextDouble() < _rate)
            {
                kind = _randomKinds[_random.Next(_randomKinds.Count)];
            }

            if (kind is not null)
            {
                _injected++;
            }

            return kind;
        }
    }
}
