using System.CommandLine;
using System.Globalization;
using FitbitPlus.Cli.Query;
using FitbitPlus.Cli.Target;

namespace FitbitPlus.Cli.Commands;

/// <summary><c>fitbitplus count &lt;type&gt;</c>: prints <c>meta.count</c> from a count-only request (<c>page[limit]=0</c>).</summary>
internal static class CountCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommonOptions common, CliContext context)
    {
        var type = new Argument<string>("type") { Description = $"Collection type: {CollectionResolver.KnownNames}." };
        var command = new Command("count", "Print the number of resources of a collection (meta.count of a count-only request).")
        {
            type, common.Filter, common.Parent,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            context,
            token => RunAsync(parse.GetValue(type)!, parse.GetValue(common.Filter) ?? [], parse.GetValue(common.Parent), common.ResolveTarget(parse, context), context, token),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string typeName, IReadOnlyList<string> filterArguments, string? parentId, TargetSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        var definition = CollectionResolver.Resolve(typeName);
        var operation = CollectionOperation.For(definition);
        var filters = FilterArguments.Parse(filterArguments);
        QueryFactory.Validate(definition, operation, null, parentId);

        using var target = ApiTarget.Connect(settings, context);
        var query = await QueryFactory.CreateAsync(target.Client, operation, filters, null, parentId, cancellationToken).ConfigureAwait(false);
        var count = await target.Client.CountAsync(definition.Name, query, cancellationToken).ConfigureAwait(false);
        await context.Stdout.WriteLineAsync(count.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
