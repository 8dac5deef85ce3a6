namespace FitbitPlus.Cli.Commands;

/// <summary>Runs a command body and turns its failures into one stderr line and an exit code.</summary>
internal static class CommandRunner
{
    /// <summary>Runs <paramref name="body"/>: usage errors exit 2, API/network/file errors 1, cancellation 130.</summary>
    public static async Task<int> RunAsync(CliContext context, Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.WriteNotice("cancelled");
            return ExitCodes.Cancelled;
        }
        catch (UsageException error)
        {
            context.WriteError(error.Message);
            return ExitCodes.Usage;
        }
        catch (FitbitPlusException error)
        {
            context.WriteError(Describe(error));
            return ExitCodes.Failure;
        }
        catch (ArgumentException error)
        {
            // The library rejected the query before sending it (for example a paging parameter among the filters).
            context.WriteError(WithoutParameterName(error));
            return ExitCodes.Usage;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or HttpRequestException or TimeoutException)
        {
            context.WriteError(error.Message);
            return ExitCodes.Failure;
        }
    }

    private static string Describe(FitbitPlusException error) =>
        error.RequestId is null || error.Message.Contains(error.RequestId, StringComparison.Ordinal)
            ? error.Message
            : $"{error.Message} (request id {error.RequestId})";

    private static string WithoutParameterName(ArgumentException error) =>
        error.ParamName is null ? error.Message : error.Message.Replace($" (Parameter '{error.ParamName}')", string.Empty, StringComparison.Ordinal);
}
