using Microsoft.Extensions.Logging;

namespace FitbitPlus.Authentication;

/// <summary>
/// Caches the access token and renews it before it expires. Concurrent callers share one token request
/// (single flight); the shared request runs on its own cancellation token, and each caller only stops waiting
/// when its own token is cancelled. Failures are not cached: the next call tries again.
/// </summary>
internal sealed class AccessTokenProvider : IDisposable
{
    private readonly TokenEndpointClient _endpoint;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly object _gate = new();
    private readonly CancellationTokenSource _lifetime = new();
    private AccessToken? _current;
    private Task<AccessToken>? _renewal;
    private int _disposed;

    public AccessTokenProvider(TokenEndpointClient endpoint, TimeProvider time, ILogger logger)
    {
        _endpoint = endpoint;
        _time = time;
        _logger = logger;
    }

    /// <summary>Returns a token that is not due for renewal, obtaining or renewing one when needed.</summary>
    public Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken) => GetAsync(null, cancellationToken);

    /// <summary>Returns a token other than <paramref name="rejected"/>, which the API just refused.</summary>
    public Task<AccessToken> RenewRejectedAsync(AccessToken rejected, CancellationToken cancellationToken) => GetAsync(rejected, cancellationToken);

    /// <summary>Stops any token request in flight and stops masking the client's secret and tokens. Safe to call more than once.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _lifetime.Cancel();
        _lifetime.Dispose();
        _endpoint.Dispose();
    }

    private Task<AccessToken> GetAsync(AccessToken? rejected, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (IsUsable(current, rejected))
        {
            return Task.FromResult(current!);
        }

        Task<AccessToken> renewal;
        lock (_gate)
        {
            current = _current;
            if (IsUsable(current, rejected))
            {
                return Task.FromResult(current!);
            }

            if (_renewal is null || _renewal.IsCompleted)
            {
                // The shared request must not carry the first caller's context (its cancellation, logging scopes, call state).
                using (ExecutionContext.SuppressFlow())
                {
                    _renewal = Task.Run(() => RenewAsync(current));
                }
            }

            renewal = _renewal;
        }

        return renewal.WaitAsync(cancellationToken);
    }

    private bool IsUsable(AccessToken? token, AccessToken? rejected) =>
        token is not null && !ReferenceEquals(token, rejected) && _time.GetTimestamp() < token.RenewAtTimestamp;

    private async Task<AccessToken> RenewAsync(AccessToken? previous)
    {
        var cancellationToken = _lifetime.Token;
        try
        {
            AccessToken token;
            if (previous?.RefreshToken is { } refreshToken)
            {
                try
                {
                    token = await _endpoint.RequestWithRefreshTokenAsync(refreshToken, previous.Scope, cancellationToken).ConfigureAwait(false);
                    AuthenticationLog.TokenRenewed(_logger, "refresh_token", SecondsLeft(token));
                }
                catch (FitbitPlusAuthenticationException ex) when (IsRejection(ex))
                {
                    AuthenticationLog.RefreshRejected(_logger, ex.StatusCode, ex.ErrorCode);
                    token = await RequestWithClientCredentialsAsync(previous.Scope, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                token = await RequestWithClientCredentialsAsync(previous?.Scope, cancellationToken).ConfigureAwait(false);
            }

            Volatile.Write(ref _current, token);
            return token;
        }
        catch (FitbitPlusAuthenticationException ex)
        {
            AuthenticationLog.TokenRequestFailed(_logger, ex.StatusCode, ex.ErrorCode, ex.RequestId, ex);
            throw;
        }
    }

    private async Task<AccessToken> RequestWithClientCredentialsAsync(CredentialsScope? previousScope, CancellationToken cancellationToken)
    {
        var token = await _endpoint.RequestWithClientCredentialsAsync(cancellationToken).ConfigureAwait(false);
        AuthenticationLog.TokenAcquired(_logger, "client_credentials", SecondsLeft(token));
        return token.Scope is null && previousScope is not null
            ? new AccessToken(token.Value, token.RefreshToken, token.RenewAtTimestamp, token.ExpiresAtTimestamp, previousScope)
            : token;
    }

    private double SecondsLeft(AccessToken token) =>
        Math.Round((token.ExpiresAtTimestamp - _time.GetTimestamp()) / (double)_time.TimestampFrequency);

    // A 4xx (other than 429) means the refresh token itself was refused; anything else would fail for client_credentials too.
    private static bool IsRejection(FitbitPlusAuthenticationException ex) =>
        ex.StatusCode is { } status && (int)status is >= 400 and < 500 && (int)status != 429;
}
