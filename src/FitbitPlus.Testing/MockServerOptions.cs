namespace FitbitPlus.Mock;

/// <summary>Settings of a <see cref="FitbitPlusMockServer"/>; every member has a usable default.</summary>
public sealed class MockServerOptions
{
    /// <summary>The API's maximum page size as the mock enforces it (larger <c>page[size]</c>/<c>page[limit]</c> answer 400).</summary>
    public const int DefaultMaxPageSize = 100;

    /// <summary>TCP port on 127.0.0.1; 0 (default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The only client id the token endpoint accepts.</summary>
    public string ClientId { get; set; } = "demo-client";

    /// <summary>The only client secret the token endpoint accepts (a fake credential of the local mock).</summary>
    public string ClientSecret { get; set; } = "demo-secret";

    /// <summary>Lifetime of issued access tokens (<c>expires_in</c>); one hour by default.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Whether token answers name the organization and groups (default) or only the groups.</summary>
    public TokenScopeShape TokenScopeShape { get; set; } = TokenScopeShape.Organization;

    /// <summary>Clock for token expiry and write timestamps; inject a fake one in tests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Serve WireMock's admin API under <c>/__admin</c> (off by default).</summary>
    public bool EnableAdminInterface { get; set; }

    /// <summary>How many requests WireMock keeps in its log (bounded so long runs do not grow memory).</summary>
    public int MaxRequestLogCount { get; set; } = 100;

    /// <summary>Number of seeded patients (each with plan, results, events, profile, emails and, for every second one, rewards).</summary>
    public int PatientCount { get; set; } = 100;

    /// <summary>
    /// Whether each seeded patient gets its records (plan, results, events, profile, emails, rewards); false seeds the
    /// patients alone, which a large export of patients needs (records take about 30 resources per patient).
    /// </summary>
    public bool SeedPatientRecords { get; set; } = true;

    /// <summary>Number of seeded groups (each with a reward program).</summary>
    public int GroupCount { get; set; } = 3;

    /// <summary>Number of seeded coaches.</summary>
    public int CoachCount { get; set; } = 5;

    /// <summary>Seed of every random choice (seed data and random faults), for reproducible runs.</summary>
    public int RandomSeed { get; set; } = 20240101;

    /// <summary>Initial random fault rate (0..1); see <see cref="MockFaults.Rate"/>.</summary>
    public double FaultRate { get; set; }

    /// <summary>Initial added latency; see <see cref="MockFaults.Latency"/>.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Spare the token endpoint from random faults (default true).</summary>
    public bool ExemptOAuthFromFaults { get; set; } = true;

    /// <summary>Page size when a list request has no page parameter (skip paging, as the API defaults to).</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>Largest accepted page size; defaults to <see cref="DefaultMaxPageSize"/>.</summary>
    public int MaxPageSize { get; set; } = DefaultMaxPageSize;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    /// <summary>A spec to serve instead of the embedded one (tests of spec changes).</summary>
    internal string? SpecYaml { get; set; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Port, nameof(Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535, nameof(Port));
        ArgumentException.ThrowIfNullOrEmpty(ClientId, nameof(ClientId));
        ArgumentException.ThrowIfNullOrEmpty(ClientSecret, nameof(ClientSecret));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(TokenLifetime, TimeSpan.Zero, nameof(TokenLifetime));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        if (!Enum.IsDefined(TokenScopeShape))
        {
            throw new ArgumentOutOfRangeException(nameof(TokenScopeShape), TokenScopeShape, "Unknown token scope shape.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MaxRequestLogCount, nameof(MaxRequestLogCount));
        ArgumentOutOfRangeException.ThrowIfNegative(PatientCount, nameof(PatientCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(GroupCount, 1, nameof(GroupCount));
        ArgumentOutOfRangeException.ThrowIfNegative(CoachCount, nameof(CoachCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPageSize, 1, nameof(MaxPageSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(DefaultPageSize, 1, nameof(DefaultPageSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(DefaultPageSize, MaxPageSize, nameof(DefaultPageSize));
        ArgumentOutOfRangeException.ThrowIfNegative(FaultRate, nameof(FaultRate));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(FaultRate, 1.0, nameof(FaultRate));
        ArgumentOutOfRangeException.ThrowIfLessThan(Latency, TimeSpan.Zero, nameof(Latency));
    }
}
