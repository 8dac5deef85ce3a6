namespace FitbitPlus.Cli.Target;

/// <summary>Which API the command talks to, as given by options and <c>FITBITPLUS_*</c> environment variables.</summary>
/// <param name="BaseUrl">The API root, or <see langword="null"/> for the production default (with credentials) or the mock (without).</param>
/// <param name="ClientId">The OAuth client id.</param>
/// <param name="ClientSecret">The OAuth client secret (never printed).</param>
/// <param name="MockPatients">Patients seeded into the embedded mock.</param>
internal sealed record TargetSettings(string? BaseUrl, string? ClientId, string? ClientSecret, int MockPatients)
{
    /// <summary>Environment variable naming the API root.</summary>
    public const string BaseUrlVariable = "FITBITPLUS_BASE_URL";

    /// <summary>Environment variable holding the client id.</summary>
    public const string ClientIdVariable = "FITBITPLUS_CLIENT_ID";

    /// <summary>Environment variable holding the client secret.</summary>
    public const string ClientSecretVariable = "FITBITPLUS_CLIENT_SECRET";

    /// <summary>Patients seeded into the embedded mock when <c>--mock-patients</c> is not given.</summary>
    public const int DefaultMockPatients = 500;

    /// <summary>True when nothing names a real API, so the embedded mock is used.</summary>
    public bool UsesEmbeddedMock => BaseUrl is null && ClientId is null && ClientSecret is null;

    /// <summary>Options win over environment variables; blank values count as absent.</summary>
    public static TargetSettings Resolve(string? baseUrl, string? clientId, string? clientSecret, int? mockPatients, CliContext context) => new(
        Blank(baseUrl) ?? context.GetVariable(BaseUrlVariable),
        Blank(clientId) ?? context.GetVariable(ClientIdVariable),
        Blank(clientSecret) ?? context.GetVariable(ClientSecretVariable),
        mockPatients ?? DefaultMockPatients);

    /// <summary>The client options for a real API; a usage error names what is missing.</summary>
    public FitbitPlusClientOptions ToClientOptions()
    {
        if (ClientId is null || ClientSecret is null)
        {
            var missing = ClientId is null
                ? $"--client-id (or {ClientIdVariable})"
                : $"--client-secret (or {ClientSecretVariable})";
            throw new UsageException($"{missing} is required when a target API or credentials are given; give none of them to use the embedded mock server.");
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
