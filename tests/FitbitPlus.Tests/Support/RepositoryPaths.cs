using System.Reflection;

namespace FitbitPlus.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Spec => Path.Combine(Root, "spec", "fitbit-plus.yaml");

    public static string Corrections => Path.Combine(Root, "spec", "corrections.yaml");

    /// <summary>The publisher's document, beside the repository (absent on some machines).</summary>
    public static string PublisherSpec => Path.GetFullPath(Path.Combine(Root, "..", "shared", "fitbit-plus-api", "swagger.yaml"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FitbitPlus.sln")))
            {
                return dir.FullName;
            }
        }

        // Builds with --artifacts-path put the output outside the tree; the build records where the tree is.
        var recorded = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "FitbitPlus.sln")))
        {
            return Path.GetFullPath(recorded);
        }

        throw new InvalidOperationException("FitbitPlus.sln not found above the test directory nor at the recorded repository root.");
    }
}
