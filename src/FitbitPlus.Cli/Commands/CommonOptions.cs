using System.CommandLine;
using FitbitPlus.Cli.Target;

namespace FitbitPlus.Cli.Commands;

/// <summary>The options every command shares: the target API, its credentials, filters and includes.</summary>
internal sealed class CommonOptions
{
    /// <summary>The API root.</summary>
    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = $"API root ending in /pub/ (or {TargetSettings.BaseUrlVariable}); default {FitbitPlusClientOptions.DefaultBaseAddress} when credentials are given.",
        HelpName = "url",
        Recursive = true,
    };

    /// <summary>The OAuth client id.</summary>
    public Option<string?> ClientId { get; } = new("--client-id")
    {
        Description = $"OAuth client id (or {TargetSettings.ClientIdVariable}).",
        HelpName = "id",
        Recursive = true,
    };

    /// <summary>The OAuth client secret; no default is ever shown.</summary>
    public Option<string?> ClientSecret { get; } = new("--client-secret")
    {
        Description = $"OAuth client secret (or {TargetSettings.ClientSecretVariable}, preferred: command lines are visible to other processes). Never printed.",
        HelpName = "secret",
        Recursive = true,
    };

    /// <summary>Name of <see cref="Verbose"/>.</summary>
    public const string VerboseName = "--verbose";

    /// <summary>Shows the stack trace of an unexpected failure.</summary>
    public Option<bool> Verbose { get; } = new(VerboseName)
    {
        Description = "On an unexpected failure, also print its details (stack trace). Secrets are still masked.",
        Recursive = true,
    };

    /// <summary>Runs against the embedded mock server instead of an API.</summary>
    public Option<bool> Mock { get; } = new("--mock")
    {
        Description = $"Start an embedded mock server with fake seed data and run against it (or {TargetSettings.MockVariable}=1). Never implied: without credentials and without --mock the command fails.",
        Recursive = true,
    };

    /// <summary>Seed size of the embedded mock.</summary>
    public Option<int?> MockPatients { get; } = new("--mock-patients")
    {
        Description = $"Patients seeded into the embedded mock server of --mock (default {TargetSettings.DefaultMockPatients}).",
        HelpName = "count",
        Recursive = true,
    };

    /// <summary>Repeated <c>name=value</c> filters.</summary>
    public Option<string[]> Filter { get; } = new("--filter")
    {
        Description = "Filter as name=value, repeatable: organization=o1 and filter[organization]=o1 both send filter[organization]=o1. "
            + "Without an organization, groups or patient filter, filter[organization] defaults to the credentials' organization where the type takes it, "
            + "otherwise filter[groups] to the credentials' groups (comma-separated) where the type takes that.",
        HelpName = "name=value",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The parent of a nested collection.</summary>
    public Option<string?> Parent { get; } = new("--parent")
    {
        Description = "Parent resource id for nested types such as patient.groups (the patient's id).",
        HelpName = "id",
    };

    /// <summary>Creates the include option with a command-specific description.</summary>
    public static Option<string?> Include(string description) => new("--include")
    {
        Description = description,
        HelpName = "a,b",
    };

    /// <summary>Registers the validators of the shared options.</summary>
    public CommonOptions()
    {
        MockPatients.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0)
            {
                result.AddError("--mock-patients must be 0 or more.");
            }
        });
    }

    /// <summary>Target settings from the parsed options and the environment.</summary>
    public TargetSettings ResolveTarget(ParseResult parse, CliContext context) => TargetSettings.Resolve(
        parse.GetValue(BaseUrl), parse.GetValue(ClientId), parse.GetValue(ClientSecret), parse.GetValue(MockPatients), parse.GetValue(Mock), context);
}
