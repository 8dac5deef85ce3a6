using FitbitPlus;
using FitbitPlus.Diagnostics;
using FitbitPlus.Samples.SyncWorker;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

// A Worker Service that keeps a JSON Lines copy of a Fitbit Plus collection in step with the API.
// Credentials come from configuration (appsettings.json, environment variables FitbitPlus__ClientId, ...).
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddFitbitPlus(o =>
{
    o.ClientId = builder.Configuration["FitbitPlus:ClientId"];
    o.ClientSecret = builder.Configuration["FitbitPlus:ClientSecret"];
    if (builder.Configuration["FitbitPlus:BaseAddress"] is { Length: > 0 } baseAddress)
    {
        o.BaseAddress = new Uri(baseAddress);
    }
});

// Traces and metrics of the client: to the console by default, over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
var telemetry = builder.Services.AddOpenTelemetry()
    .ConfigureResource(r => r.AddService("fitbitplus-sync-worker"))
    .WithTracing(t => t.AddSource(FitbitPlusTelemetry.SourceName))
    .WithMetrics(m => m.AddMeter(FitbitPlusTelemetry.MeterName));
if (string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
{
    telemetry.WithTracing(t => t.AddConsoleExporter()).WithMetrics(m => m.AddConsoleExporter());
}
else
{
    telemetry.UseOtlpExporter();
}

builder.Services.Configure<SyncWorkerOptions>(builder.Configuration.GetSection("SyncWorker"));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHostedService<SyncWorker>();
builder.Build().Run();
