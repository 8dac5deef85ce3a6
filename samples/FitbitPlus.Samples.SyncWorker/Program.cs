using FitbitPlus;
using FitbitPlus.Samples.SyncWorker;

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
builder.Services.Configure<SyncWorkerOptions>(builder.Configuration.GetSection("SyncWorker"));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHostedService<SyncWorker>();
builder.Build().Run();
