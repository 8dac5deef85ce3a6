using System.CommandLine;
using System.CommandLine.Help;
using FitbitPlus.Cli.Target;

namespace FitbitPlus.Cli.Commands;

/// <summary>The command tree of <c>fitbitplus</c>.</summary>
internal static class CliCommands
{
    /// <summary>Builds the root command; the commands' actions write to <paramref name="context"/>.</summary>
    public static Command Build(CliContext context)
    {
        var common = new CommonOptions();

        // Not RootCommand: it names itself after the executable (FitbitPlus.Cli), while the tool is called fitbitplus.
        var root = new Command("fitbitplus", $"""
            Export, count, fetch and incrementally sync Fitbit Plus API resources.

            Target: --base-url/--client-id/--client-secret or {TargetSettings.BaseUrlVariable}, {TargetSettings.ClientIdVariable},
            {TargetSettings.ClientSecretVariable}; or --mock ({TargetSettings.MockVariable}=1) for an embedded mock server with fake
            seed data. Without credentials and without --mock a command fails with exit code 2 (safe for scheduled jobs).

            Exit codes: 0 success, 1 API, network or file error, 2 usage error, 130 cancelled (Ctrl+C; an --out file keeps
            what was written so far, flushed and closed).
            """)
        {
            new HelpOption { Recursive = true },
            new VersionOption(),
            common.BaseUrl,
            common.ClientId,
            common.ClientSecret,
            common.Mock,
            common.MockPatients,
            common.Verbose,
        };
        root.Subcommands.Add(ExportCommand.Create(common, context));
        root.Subcommands.Add(CountCommand.Create(common, context));
        root.Subcommands.Add(GetCommand.Create(common, context));
        root.Subcommands.Add(SyncCommand.Create(common, context));
        return root;
    }
}
