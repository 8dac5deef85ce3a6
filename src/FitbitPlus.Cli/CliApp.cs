using System.CommandLine;
using FitbitPlus.Cli.Commands;

namespace FitbitPlus.Cli;

/// <summary>The whole tool as a function of its arguments, streams and environment, so tests run it in-process.</summary>
internal static class CliApp
{
    /// <summary>Runs one command line with a non-terminal stderr (no live progress) and the system clock.</summary>
    /// <returns>The exit code: 0 success, 1 API/network/file error, 2 usage error, 130 cancelled.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IDictionary<string, string?> environment, CancellationToken cancellationToken = default) =>
        RunAsync(args, new CliContext(stdout, stderr, environment, stderrIsTerminal: false, TimeProvider.System), cancellationToken);

    /// <summary>Runs one command line in <paramref name="context"/>.</summary>
    public static Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default) =>
        RunAsync(args, context, CliCommands.Build, cancellationToken);

    /// <summary>
    /// Runs one command line against the command tree <paramref name="build"/> makes. Whatever escapes a command
    /// ends as one error line and exit 1; the stack trace is shown only with <c>--verbose</c>.
    /// </summary>
    internal static async Task<int> RunAsync(string[] args, CliContext context, Func<CliContext, Command> build, CancellationToken cancellationToken)
    {
        var root = build(context);
        var parse = root.Parse(args);
        try
        {
            return await InvokeAsync(parse, context, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.WriteNotice("cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception error)
        {
            var message = error is FitbitPlusException ? error.Message : $"unexpected failure ({error.GetType().Name}): {error.Message}";
            context.WriteError(message + (IsVerbose(parse) ? string.Empty : " (run with --verbose for details)"));
            if (IsVerbose(parse))
            {
                context.WriteStatus(error.ToString());
            }

            return ExitCodes.Failure;
        }
    }

    private static bool IsVerbose(ParseResult parse)
    {
        try
        {
            return parse.GetValue<bool>(CommonOptions.VerboseName);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            return false; // a command tree without the option (tests)
        }
    }

    private static async Task<int> InvokeAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine would exit 1; a usage error is 2, stated on one line.
            context.WriteError($"{parse.Errors[0].Message} (see fitbitplus --help)");
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = context.Stdout,
            Error = context.Stderr,
            ProcessTerminationTimeout = null, // Program handles Ctrl+C and passes the token in
            EnableDefaultExceptionHandler = false,
        };
        return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }
}
