using System.Net.Http.Headers;
using FitbitPlus.Models;
using FitbitPlus.Mock;

namespace FitbitPlus.Tests.Mock;

/// <summary>Base of fixtures that drive the mock through the generated client with a bearer token.</summary>
public abstract class GeneratedClientFixture
{
    private HttpClient _http = null!;

    protected FitbitPlusMockServer Server { get; private set; } = null!;

    internal FitbitPlusApiClient Api { get; private set; } = null!;

    protected static DateTimeOffset At(int day, int hour = 9) => new(2025, 5, day, hour, 0, 0, TimeSpan.Zero);

    protected static ToOneRelationship One(string type, string id) => new() { Data = new ResourceIdentifier { Type = type, Id = id } };

    protected static ToManyRelationship Many(string type, params string[] ids) =>
        new() { Data = ids.Select(id => new ResourceIdentifier { Type = type, Id = id }).ToList() };

    [OneTimeSetUp]
    public async Task StartServer()
    {
        Server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 12 });
        var token = await MockHttp.TokenAsync(Server);
        _http = MockHttp.Client(Server);
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["attributes"]!.Value<string>("access_token"));
        Api = new FitbitPlusApiClient(_http);
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        _http.Dispose();
        Server.Dispose();
    }
}
