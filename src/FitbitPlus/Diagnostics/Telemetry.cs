using System.Diagnostics;
using System.Reflection;

namespace FitbitPlus.Diagnostics;

/// <summary>The library's ActivitySource and the version it reports (the package's).</summary>
internal static class Telemetry
{
    /// <summary>The package version without the source-revision suffix (<c>1.2.0+abc123</c> → <c>1.2.0</c>).</summary>
    public static readonly string Version = ReadVersion();

    public static readonly ActivitySource Source = new(FitbitPlusTelemetry.SourceName, Version);

    /// <summary>Starts an Activity when someone samples it; null (nothing allocated) otherwise.</summary>
    public static Activity? Start(string name) =>
        Source.HasListeners() ? Source.StartActivity(name, ActivityKind.Client) : null;

    /// <summary>Marks a failed Activity: status Error and <c>error.type</c>, never the exception's message (it can name ids).</summary>
    public static void Fail(Activity? activity, string errorType)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetStatus(ActivityStatusCode.Error);
        activity.SetTag(TelemetryTags.ErrorType, errorType);
    }

    private static string ReadVersion()
    {
        var assembly = typeof(Telemetry).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational is { Length: > 0 } v ? v.Split('+')[0] : assembly.GetName().Version?.ToString() ?? "0.0.0";
    }
}
