namespace FitbitPlus.Cli.Target;

/// <summary>Which API the command talks to, as given by options and <c>FITBITPLUS_*</c> environment variables.</summary>
/// <param name="BaseUrl">The API root, or <see langword="null"/> for the production default.</param>
/// <param name="ClientId">The OAuth client id.</param>
/// <param name="ClientSecret">The OAuth client secret (never printed).</param>
/// <param name="MockPatients">Patients seeded into the embedded mock.</param>
/// <param name="MockRequested">True when <c>--mock</c> or <c>FITBITPLUS_MOCK=1</c> asked for the embedded mock.</param>
internal sealed record TargetSettings(string? BaseUrl, string? ClientId, string? ClientSecret, int MockPatients, bool MockRequested = false)
{
    /// <summary>Environment variable naming the API root.</summary>
    public const string BaseUrlVariable = "FITBITPLUS_BASE_URL";

    /// <summary>Environment variable holding the client id.</summary>
    public const string ClientIdVariable = "FITBITPLUS_CLIENT_ID";

    /// <summary>Environment variable holding the client secret.</summary>
    public const string ClientSecretVariable = "FITBITPLUS_CLIENT_SECRET";

    /// <summary>Environment variable that, set to 1 (or true), asks for the embedded mock like <c>--mock</c>.</summary>
    public const string MockVariable = "FITBITPLUS_MOCK";

    /// <summary>Patients seeded into the embedded mock when <c>--mock-patients</c> is not given.</summary>
    public const int DefaultMockPatients = 500;

    /// <summary>
    /// True when the embedded mock was asked for. Never implied by missing credentials: a scheduled job whose secrets
    /// failed to load must fail, not export fake patients.
    /// </summary>
    public bool UsesEmbeddedMock => MockRequested;

    /// <summary>The usage error for a run with neither credentials nor <c>--mock</c>: it names the three ways to configure.</summary>
    public static string NoTargetMessage =>
        "no API credentials given. Configure one of: the options --client-id and --client-secret (and --base-url for another API root); "
        + $"the environment variables {ClientIdVariable} and {ClientSecretVariable} (and {BaseUrlVariable}); "
        + $"or --mock (or {MockVariable}=1) to use the embedded mock server with fake seed data.";

    /// <summary>Options win over environment variables; blank values count as absent.</summary>
    public static TargetSettings Resolve(string? baseUrl, string? clientId, string? clientSecret, int? mockPatients, bool mock, CliContext context) => new(
        Blank(baseUrl) ?? context.GetVariable(BaseUrlVariable),
        Blank(clientId) ?? context.GetVariable(ClientIdVariable),
        Blank(clientSecret) ?? context.GetVariable(ClientSecretVariable),
        mockPatients ?? DefaultMockPatients,
        mock || context.GetVariable(MockVariable) is "1" or "true" or "TRUE" or "True");

    /// <summary>Checks that exactly one target is configured: the mock, or a real API with credentials.</summary>
    /// <exception cref="UsageException">Neither, or both, are configured.</exception>
    public void Validate()
    {
        var anyTarget = BaseUrl is not null || ClientId is not null || ClientSecret is not null;
        if (MockRequested && anyTarget)
        {
            throw new UsageException($"--mock (or {MockVariable}) cannot be combined with a target API or credentials (--base-url, --client-id, --client-secret or their environment variables); give one or the other.");
        }

        if (!MockRequested && !anyTarget)
        {
            throw new UsageException(NoTargetMessage);
        }
    }

    /// <summary>The client options for a real API; a usage error names what is missing.</summary>
    public FitbitPlusClientOptions ToClientOptions()
    {
        if (ClientId is null || ClientSecret is null)
        {
            var missing = ClientId is null
                ? $"--client-id (or {ClientIdVariable})"
                : $"--client-secret (or {ClientSecretVariable})";
            throw new UsageException($"{missing} is required when a target API or credentials are given; or use --mock (or {MockVariable}=1) for the embedded mock server.");
        }

        var options = new FitbitPlusClientOptions { ClientId = ClientId, ClientSecret = ClientSecret };
        if (BaseUrl is not null)
        {
            options.BaseAddress = Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri)
                ? uri
                : throw new UsageException($"--base-url (or {BaseUrlVariable}) must be an absolute URL such as {FitbitPlusClientOptions.DefaultBaseAddress} (was '{BaseUrl}').");
        }

        return options;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
