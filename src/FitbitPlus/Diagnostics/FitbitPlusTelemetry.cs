namespace FitbitPlus.Diagnostics;

/// <summary>
/// The names under which the client reports traces and metrics (OpenTelemetry: <c>AddSource(FitbitPlusTelemetry.SourceName)</c>,
/// <c>AddMeter(FitbitPlusTelemetry.MeterName)</c>). Nothing is recorded, and nothing allocated for it, while nobody listens.
/// </summary>
public static class FitbitPlusTelemetry
{
    /// <summary>The name of the ActivitySource: one Activity per API operation call, page, token request and sync run.</summary>
    public const string SourceName = "FitbitPlus";

    /// <summary>The name of the Meter (created through IMeterFactory when the container provides one).</summary>
    public const string MeterName = "FitbitPlus";
}
