// FitbitPlus build script. `dotnet tool restore && dotnet cake` runs what CI needs;
// `dotnet cake --target=<Name>` runs one target (Clean, Generate, Build, Test, DriftCheck, SpecDrift, Pack, PackTool, ConsumerCheck, UpdatePublicApi).
var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var publisherSpec = Argument("publisher-spec", "../shared/fitbit-plus-api/swagger.yaml");

var solution = File("./FitbitPlus.sln");
var library = File("./src/FitbitPlus/FitbitPlus.csproj");
var testingLibrary = File("./src/FitbitPlus.Testing/FitbitPlus.Testing.csproj");
var artifacts = Directory("./artifacts");

Task("Clean")
    .Does(() =>
{
    CleanDirectories("./src/**/bin/" + configuration);
    CleanDirectories("./src/**/obj");
    CleanDirectories("./tests/**/bin/" + configuration);
    CleanDirectories("./tests/**/obj");
    CleanDirectory(artifacts);
});

Task("Generate")
    .Description("Regenerates generated/ from spec/ (NSwag for the raw client, src/FitbitPlus.CodeGen for the facade), unconditionally.")
    .Does(() =>
{
    DeleteFiles("./generated/*.g.cs");
    var settings = new DotNetMSBuildSettings { ArgumentCustomization = args => args.Append("-restore") }
        .WithTarget("GenerateFitbitPlusClient")
        .WithTarget("GenerateFitbitPlusFacade")
        .WithProperty("TargetFramework", "net10.0")
        .WithProperty("Configuration", configuration);
    DotNetMSBuild(library, settings);
});

Task("Build")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration });
});

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest(solution, new DotNetTestSettings { Configuration = configuration, NoBuild = true });
});

Task("DriftCheck")
    .Description("Deletes generated/, regenerates it and fails if it differs from what is committed.")
    .IsDependentOn("Generate")
    .Does(() =>
{
    var changed = Git("status --porcelain -- generated");
    if (!string.IsNullOrWhiteSpace(changed))
    {
        Git("--no-pager diff --stat -- generated");
        throw new CakeException("Generated drift: generated/ differs from the committed files after regeneration:\n" + changed
            + "\nRegenerate (dotnet cake --target=Generate) and commit generated/ together with the spec/nswag.json change.");
    }
    Information("Generated drift: none (generated/ reproduced byte for byte).");
});

Task("SpecDrift")
    .Description("Compares the publisher's document with spec/fitbit-plus.yaml; fails on any difference not listed in spec/corrections.yaml.")
    .Does(() =>
{
    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder()
            .Append("run").Append("--project").Append("src/FitbitPlus.SpecDrift").Append("-c").Append(configuration).Append("--")
            .Append("--base").AppendQuoted(publisherSpec)
            .Append("--target").Append("spec/fitbit-plus.yaml")
            .Append("--corrections").Append("spec/corrections.yaml")
            .Append("--quiet"),
    });
    if (exit != 0)
    {
        throw new CakeException($"SpecDrift failed (exit {exit}): see the unexplained differences above.");
    }
});

Task("Pack")
    .Does(() =>
{
    foreach (var project in new[] { library, testingLibrary })
    {
        DotNetPack(project, new DotNetPackSettings { Configuration = configuration, OutputDirectory = artifacts });
    }
});

Task("PackTool")
    .Description("Packs the fitbitplus tool: ReadyToRun packages for linux-x64/arm64, osx-x64/arm64 and win-x64, a framework-dependent one for any other platform, and the package `dotnet tool install` starts from.")
    .Does(() =>
{
    DotNetPack("src/FitbitPlus.Cli/FitbitPlus.Cli.csproj", new DotNetPackSettings
    {
        Configuration = configuration,
        OutputDirectory = artifacts,
        MSBuildSettings = new DotNetMSBuildSettings().WithProperty("PlatformToolPackages", "true"),
    });
});

Task("ConsumerCheck")
    .Description("Packs FitbitPlus and FitbitPlus.Testing into a local feed and runs tests/consumer (outside the solution) from it.")
    .Does(() =>
{
    var exit = StartProcess("bash", new ProcessSettings { Arguments = "tests/consumer/run.sh" });
    if (exit != 0)
    {
        throw new CakeException($"Consumer check failed (exit {exit}).");
    }
});

Task("UpdatePublicApi")
    .Description("Rewrites PublicAPI.Unshipped.txt of each package from the PublicApiAnalyzers diagnostics (RS0016 adds, RS0017 marks *REMOVED*).")
    .Does(() =>
{
    foreach (var project in new[] { "src/FitbitPlus", "src/FitbitPlus.Testing" })
    {
        var unshipped = System.IO.Path.Combine(project, "PublicAPI.Unshipped.txt");
        // Start from an empty baseline: every public symbol not in PublicAPI.Shipped.txt is then reported, whatever changed.
        System.IO.File.WriteAllText(unshipped, "#nullable enable\n");
        StartProcess("dotnet", new ProcessSettings
        {
            Arguments = $"build {project} -c {configuration} -nologo -clp:NoSummary",
            RedirectStandardOutput = true,
        }, out var output);

        var perFramework = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var diagnostic = new System.Text.RegularExpressions.Regex(
            @"(?<id>RS0016|RS0017): Symbol '(?<symbol>.+)' is (not )?part of the declared (public )?API.*TargetFramework=(?<tfm>[^\]]+)\]");
        foreach (var line in output)
        {
            var match = diagnostic.Match(line);
            if (!match.Success)
            {
                continue;
            }

            var tfm = match.Groups["tfm"].Value;
            if (!perFramework.TryGetValue(tfm, out var symbols))
            {
                perFramework[tfm] = symbols = new SortedSet<string>(StringComparer.Ordinal);
            }

            // RS0017 here means a symbol of PublicAPI.Shipped.txt is gone: a breaking removal, recorded as such.
            symbols.Add(match.Groups["id"].Value == "RS0017" ? "*REMOVED*" + match.Groups["symbol"].Value : match.Groups["symbol"].Value);
        }

        var sets = perFramework.Values.ToList();
        if (sets.Count > 1 && sets.Any(set => !set.SetEquals(sets[0])))
        {
            var only = perFramework.SelectMany(kv => kv.Value.Where(symbol => perFramework.Values.Any(other => !other.Contains(symbol))).Select(symbol => $"{kv.Key}: {symbol}"));
            throw new CakeException("The public API differs between target frameworks; split PublicAPI.Unshipped.txt per framework:\n" + string.Join("\n", only));
        }

        var lines = sets.Count == 0 ? new List<string>() : sets[0].ToList();
        System.IO.File.WriteAllText(unshipped, "#nullable enable\n" + string.Concat(lines.Select(l => l + "\n")));
        Information($"{unshipped}: {lines.Count} entries.");

        // The refreshed baseline must build cleanly.
        DotNetBuild(project, new DotNetBuildSettings { Configuration = configuration });
    }
});

Task("Default")
    .IsDependentOn("DriftCheck")
    .IsDependentOn("SpecDrift")
    .IsDependentOn("Test")
    .IsDependentOn("Pack");

RunTarget(target);

string Git(string arguments)
{
    var exit = StartProcess("git", new ProcessSettings { Arguments = arguments, RedirectStandardOutput = true }, out var lines);
    var output = string.Join("\n", lines);
    if (exit != 0)
    {
        throw new CakeException($"git {arguments} failed with exit code {exit}");
    }
    Information(output);
    return output;
}
