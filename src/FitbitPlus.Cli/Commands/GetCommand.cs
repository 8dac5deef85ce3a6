using System.CommandLine;
using FitbitPlus.Cli.Get;
using FitbitPlus.Cli.Target;
using Newtonsoft.Json;

namespace FitbitPlus.Cli.Commands;

/// <summary><c>fitbitplus get &lt;type&gt; &lt;id&gt;</c>: prints one resource document as indented JSON.</summary>
internal static class GetCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommonOptions common, CliContext context)
    {
        var type = new Argument<string>("type") { Description = $"Resource type: {SingleResourceOperations.KnownNames}." };
        var id = new Argument<string>("id") { Description = "Resource id." };
        var include = CommonOptions.Include("Related resources to include in the document's included array (types with an include parameter only).");
        var command = new Command(
            "get",
            "Print one resource document ({\"data\": ..., \"included\": [...]}) as JSON, as the typed client reads it (members outside the API description are not shown).")
        {
            type, id, include,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            context,
            token => RunAsync(parse.GetValue(type)!, parse.GetValue(id)!, parse.GetValue(include), common.ResolveTarget(parse, context), context, token),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string typeName, string id, string? include, TargetSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        var operation = SingleResourceOperations.Find(typeName);
        if (include is not null && !operation.TakesInclude)
        {
            throw new UsageException($"get '{operation.Name}' does not support --include.");
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            throw new UsageException("the id must not be empty.");
        }

        using var target = ApiTarget.Connect(settings, context);
        var document = await operation.Fetch(target.Client.Api, id, include, cancellationToken).ConfigureAwait(false);
        var serializer = JsonSerializer.Create(new JsonSerializerSettings { Formatting = Formatting.Indented, DateParseHandling = DateParseHandling.None });
        serializer.Serialize(context.Stdout, document);
        await context.Stdout.WriteLineAsync().ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
