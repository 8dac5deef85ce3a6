using System.Globalization;
using System.Net;

namespace FitbitPlus;

/// <summary>Settings of a <see cref="FitbitPlusClient"/>: where the API is, the credentials, token renewal and retries.</summary>
public sealed class FitbitPlusClientOptions
{
    /// <summary>The production API root; operation paths such as <c>patient</c> resolve under it.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.twinehealth.com/pub/");

    /// <summary>The API root, ending in <c>/pub/</c> (a missing trailing slash is added). Plain <c>http</c> is allowed only for loopback hosts.</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>The OAuth client id issued for your integration.</summary>
    public string? ClientId { get; set; }

    /// <summary>The OAuth client secret. Never logged and never shown by <see cref="ToString"/>.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>How long before the access token expires it is renewed (at most half the token's lifetime is used). Default 60 seconds.</summary>
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after the first attempt for transient failures (429, 502, 503, 504, connection failures); 0 disables retries. Default 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Delay before the first retry; later retries back off exponentially with jitter. Default 1 second.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound on one call including all its retries and waits. Default 100 seconds.</summary>
    public TimeSpan RetryTotalTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Default of <see cref="MaxResponseBytes"/>: 16 MiB.</summary>
    public const long DefaultMaxResponseBytes = 16L * 1024 * 1024;

    /// <summary>Default of <see cref="MaxTokenResponseBytes"/>: 64 KiB.</summary>
    public const long DefaultMaxTokenResponseBytes = 64L * 1024;

    /// <summary>
    /// Largest response body accepted from the API, counted as it arrives (after decompression); a longer one is a
    /// <see cref="FitbitPlusException"/> naming the limit. Between 1 KiB and 2 GiB. Default 16 MiB (a page of 50 resources is far smaller).
    /// </summary>
    public long MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    /// <summary>Largest token endpoint answer accepted; a longer one is a <see cref="Authentication.FitbitPlusAuthenticationException"/>. Between 1 KiB and 2 GiB. Default 64 KiB.</summary>
    public long MaxTokenResponseBytes { get; set; } = DefaultMaxTokenResponseBytes;

    /// <summary>The clock used for token expiry and retry delays (replace it in tests). Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Describes the options without the client secret.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"FitbitPlusClientOptions {{ BaseAddress = {BaseAddress}, ClientId = {ClientId}, ClientSecret = {(string.IsNullOrEmpty(ClientSecret) ? "(not set)" : "***")}, RefreshMargin = {RefreshMargin}, MaxRetryAttempts = {MaxRetryAttempts}, RetryBaseDelay = {RetryBaseDelay}, RetryTotalTimeout = {RetryTotalTimeout}, MaxResponseBytes = {MaxResponseBytes}, MaxTokenResponseBytes = {MaxTokenResponseBytes} }}");

    /// <summary>Every problem with these options, each naming the option; empty when they are usable.</summary>
    internal IReadOnlyList<string> GetValidationErrors()
    {
        var errors = new List<string>();
        ValidateBaseAddress(BaseAddress, errors);
        if (string.IsNullOrWhiteSpace(ClientId))
        {
            errors.Add($"{nameof(FitbitPlusClientOptions)}.{nameof(ClientId)} is required.");
        }

        if (string.IsNullOrWhiteSpace(ClientSecret))
        {
            errors.Add($"{nameof(FitbitPlusClientOptions)}.{nameof(ClientSecret)} is required.");
        }

        CheckRange(nameof(RefreshMargin), RefreshMargin, TimeSpan.Zero, TimeSpan.FromHours(1), errors);
        CheckRange(nameof(RetryBaseDelay), RetryBaseDelay, TimeSpan.Zero, TimeSpan.FromMinutes(10), errors);
        // Polly's timeout strategy accepts 10 ms to 24 h.
        CheckRange(nameof(RetryTotalTimeout), RetryTotalTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(24), errors);
        if (MaxRetryAttempts is < 0 or > 100)
        {
            errors.Add($"{nameof(FitbitPlusClientOptions)}.{nameof(MaxRetryAttempts)} must be between 0 and 100 (was {MaxRetryAttempts}).");
        }

        CheckSize(nameof(MaxResponseBytes), MaxResponseBytes, errors);
        CheckSize(nameof(MaxTokenResponseBytes), MaxTokenResponseBytes, errors);
        if (TimeProvider is null)
        {
            errors.Add($"{nameof(FitbitPlusClientOptions)}.{nameof(TimeProvider)} is required.");
        }

        return errors;
    }

    /// <summary>Validates, then copies the options so later changes by the caller do not affect a running client.</summary>
    internal FitbitPlusClientOptions ValidatedCopy()
    {
        var errors = GetValidationErrors();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid FitbitPlusClientOptions: " + string.Join(" ", errors), "options");
        }

        return new FitbitPlusClientOptions
        {
            BaseAddress = WithTrailingSlash(BaseAddress),
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            RefreshMargin = RefreshMargin,
            MaxRetryAttempts = MaxRetryAttempts,
            RetryBaseDelay = RetryBaseDelay,
            RetryTotalTimeout = RetryTotalTimeout,
            TimeProvider = TimeProvider,
            MaxResponseBytes = MaxResponseBytes,
            MaxTokenResponseBytes = MaxTokenResponseBytes,
        };
    }

    private static void ValidateBaseAddress(Uri? address, List<string> errors)
    {
        const string name = $"{nameof(FitbitPlusClientOptions)}.{nameof(BaseAddress)}";
        if (address is null)
        {
            errors.Add($"{name} is required.");
        }
        else if (!address.IsAbsoluteUri)
        {
            errors.Add($"{name} must be an absolute URI such as {DefaultBaseAddress} (was '{address}').");
        }
        else if (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp)
        {
            errors.Add($"{name} must use https (was '{address.Scheme}').");
        }
        else if (address.Scheme == Uri.UriSchemeHttp && !IsLoopback(address))
        {
            // Tokens and client secrets would travel in clear text; only a local test server may use http.
            errors.Add($"{name} must use https; plain http is allowed only for loopback hosts (was '{address.GetLeftPart(UriPartial.Authority)}').");
        }
        else if (!string.IsNullOrEmpty(address.UserInfo))
        {
            // Credentials belong in ClientId/ClientSecret, where they are kept out of logs.
            errors.Add($"{name} must not contain user information.");
        }
        else if (!string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment))
        {
            errors.Add($"{name} must not have a query or fragment (was '{address}').");
        }
    }

    private static bool IsLoopback(Uri address) =>
        address.IsLoopback || (IPAddress.TryParse(address.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));

    private static void CheckRange(string option, TimeSpan value, TimeSpan min, TimeSpan max, List<string> errors)
    {
        if (value < min || value > max)
        {
            errors.Add($"{nameof(FitbitPlusClientOptions)}.{option} must be between {min} and {max} (was {value}).");
        }
    }

    private static void CheckSize(string option, long value, List<string> errors)
    {
        // One array holds the body, so int.MaxValue bytes is the hard ceiling.
        if (value is < 1024 or > int.MaxValue)
        {
            errors.Add($"{nameof(FitbitPlusClientOptions)}.{option} must be between 1024 and {int.MaxValue} bytes (was {value}).");
        }
    }

    private static Uri WithTrailingSlash(Uri address) =>
        address.AbsolutePath.EndsWith('/') ? address : new Uri(address.GetLeftPart(UriPartial.Path) + "/");
}
