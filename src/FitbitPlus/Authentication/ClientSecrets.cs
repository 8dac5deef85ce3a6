namespace FitbitPlus.Authentication;

/// <summary>
/// What one client keeps masked: its client secret for as long as it lives, and its most recent tokens (the current
/// pair and a few before it, which a server may still echo). Registered with <see cref="KnownSecrets"/> from creation
/// until <see cref="Dispose"/> (or until it is collected), so its cost is bounded however long the process runs and no
/// other client's renewals can push its secret out.
/// </summary>
internal sealed class ClientSecrets : IDisposable
{
    /// <summary>How many token values are kept: the current access and refresh token and three earlier pairs.</summary>
    public const int RecentTokens = 8;

    private readonly object _gate = new();
    private readonly string? _clientSecret;
    private readonly string?[] _recent = new string?[RecentTokens];
    private int _next;
    private string[] _values;

    public ClientSecrets(string? clientSecret)
    {
        _clientSecret = KnownSecrets.IsMaskable(clientSecret) ? clientSecret : null;
        _values = _clientSecret is null ? [] : [_clientSecret];
        KnownSecrets.Register(this);
    }

    /// <summary>The values to mask now: the client secret and the recent tokens.</summary>
    public string[] Values => Volatile.Read(ref _values);

    /// <summary>Remembers a token just received; the oldest remembered token is forgotten.</summary>
    public void AddToken(string? value)
    {
        if (!KnownSecrets.IsMaskable(value))
        {
            return;
        }

        lock (_gate)
        {
            if (Array.IndexOf(_recent, value) >= 0)
            {
                return;
            }

            _recent[_next] = value;
            _next = (_next + 1) % RecentTokens;
            var values = new List<string>(RecentTokens + 1);
            if (_clientSecret is not null)
            {
                values.Add(_clientSecret);
            }

            values.AddRange(_recent.OfType<string>());
            Volatile.Write(ref _values, values.ToArray());
        }
    }

    /// <summary>Stops masking this client's values (its client has been disposed). Safe to call more than once.</summary>
    public void Dispose() => KnownSecrets.Unregister(this);

    /// <summary>Never shows the values.</summary>
    public override string ToString() => "ClientSecrets (redacted)";
}
