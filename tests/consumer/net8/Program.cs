using FitbitPlus;
using FitbitPlus.Mock;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Compiles against the packages' net8.0 assets as an app on .NET 8 would: the mock and a client registered with the
// 8.x host. check-floor.sh builds it only (no .NET 8 runtime is needed); its point is the resolved package graph.
using var mock = FitbitPlusMockServer.Start();
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddFitbitPlus(options =>
{
    options.BaseAddress = mock.BaseAddress;
    options.ClientId = mock.ClientId;
    options.ClientSecret = mock.ClientSecret;
});
using var host = builder.Build();
Console.WriteLine(host.Services.GetRequiredService<FitbitPlusClient>().GetType().Name);
