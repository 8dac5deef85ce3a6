using System.CommandLine;
using FitbitPlus.Cli.Get;
using FitbitPlus.Cli.Output;
using FitbitPlus.Cli.Target;
using FitbitPlus.Models;
using FitbitPlus.JsonApi;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Cli.Commands;

/// <summary><c>fitbitplus get &lt;type&gt; &lt;id&gt;</c>: prints one resource as the API sent it, in the format of <c>export</c>.</summary>
internal static class GetCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommonOptions common, CliContext context)
    {
        var type = new Argument<string>("type");
        var id = new Argument<string>("id") { Description = "Resource id." };
        var include = CommonOptions.Include("Related resources to inline, as in export (types whose single fetch takes include, or any type without a typed fetch).");
        var format = new Option<string?>("--format") { Description = "jsonl (default): the resource object as the API sent it, on one line, as export writes it; csv: a header and one row, as export writes it.", HelpName = "jsonl|csv" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var command = new Command(
            "get",
            "Print one resource exactly as the API sent it (every member, including those outside the API description), in export's format.")
        {
            type, id, include, format,
        };
        // The list of types is read from the generated client by reflection (about 25 ms), so it is described only
        // when get is the command being parsed (a run or its --help), not at every start-up of every command.
        command.Validators.Add(_ => type.Description ??= $"Resource type: {SingleResourceOperations.KnownNames}; any other type is fetched as GET <type>/<id>.");
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            context,
            token => RunAsync(parse.GetValue(type)!, parse.GetValue(id)!, parse.GetValue(include), ExportOptions.ChooseFormat(parse.GetValue(format), null), common.ResolveTarget(parse, context), context, token),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string typeName, string id, string? include, ExportFormat format, TargetSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        var operation = SingleResourceOperations.Find(typeName);
        if (include is not null && operation.TakesInclude == false)
        {
            throw new UsageException($"get '{operation.Name}' does not support --include.");
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            throw new UsageException("the id must not be empty.");
        }

        var includes = IncludeTree.Parse(include);
        using var target = ApiTarget.Connect(settings, context);
        var document = await target.Client.GetJsonDocumentAsync(operation.Path, id, includes?.ToQueryValue(), cancellationToken).ConfigureAwait(false);
        var resource = (JObject)document["data"]!;
        JObject? related = null;
        if (includes is not null)
        {
            var statistics = new ExportStatistics();
            related = new RelatedResourceInliner(Included(document, includes), statistics).Resolve(resource, includes);
            if (statistics.Unresolved > 0)
            {
                context.WriteWarning($"{statistics.Unresolved} related resources named by relationships were not in included (e.g. {string.Join(", ", statistics.UnresolvedSamples)})");
            }
        }

        var writer = ExportRunner.CreateWriter(format, context.Stdout, includes, resource.Value<string>("type") ?? operation.Name, null);
        writer.BeginPage([resource], [related]);
        writer.Write(resource, related);
        return ExitCodes.Success;
    }

    private static IncludedResources Included(JObject document, IncludeTree includes)
    {
        try
        {
            return IncludedResources.From((document["included"] as JArray)?.ToObject<List<Resource>>(), includes.ToQueryValue());
        }
        catch (JsonException ex)
        {
            throw new FitbitPlusException($"The document's included array is not a list of resources: {ex.Message}");
        }
    }
}
