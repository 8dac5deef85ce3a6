using System.Runtime.CompilerServices;
using FitbitPlus.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FitbitPlus.Cli.Telemetry;

/// <summary>
/// Exports the library's traces and metrics over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, so a scheduled
/// <c>fitbitplus sync</c> appears on the same dashboards as the services. Without it no exporter (and no OpenTelemetry
/// assembly) is loaded.
/// </summary>
internal static class CliTelemetry
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Starts the exporters when the endpoint is configured; dispose the result to flush them before exit.</summary>
    public static IDisposable? StartIfConfigured(IReadOnlyDictionary<string, string?> environment) =>
        environment.TryGetValue(EndpointVariable, out var endpoint) && !string.IsNullOrWhiteSpace(endpoint) ? Start() : null;

    // Separate and not inlined: the OpenTelemetry assemblies load only when this method is compiled.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IDisposable Start()
    {
        var resource = ResourceBuilder.CreateDefault().AddService("fitbitplus-cli");
        var tracing = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(resource).AddSource(FitbitPlusTelemetry.SourceName).AddOtlpExporter().Build();
        var metrics = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource).AddMeter(FitbitPlusTelemetry.MeterName).AddOtlpExporter().Build();
        return new Providers(tracing, metrics);
    }

    private sealed class Providers(TracerProvider? tracing, MeterProvider? metrics) : IDisposable
    {
        public void Dispose()
        {
            tracing?.Dispose();
            metrics?.Dispose();
        }
    }
}
