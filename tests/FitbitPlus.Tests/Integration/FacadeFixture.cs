using FitbitPlus.Models;
using FitbitPlus.Mock;

namespace FitbitPlus.Tests.Integration;

/// <summary>
/// Base of fixtures that drive <see cref="FitbitPlusClient"/> over real HTTP against one mock per fixture:
/// the client gets its own token, pages through links and translates failures, exactly as in production.
/// </summary>
public abstract class FacadeFixture
{
    protected FitbitPlusMockServer Server { get; private set; } = null!;

    protected FitbitPlusClient Client { get; private set; } = null!;

    /// <summary>The organization and groups the token endpoint reported for the credentials.</summary>
    protected CredentialsScope Scope { get; private set; } = null!;

    protected virtual MockServerOptions MockOptions => new() { PatientCount = 24 };

    protected static DateTimeOffset At(int day, int hour = 9) => new(2025, 6, day, hour, 0, 0, TimeSpan.Zero);

    protected static ToOneRelationship One(string type, string id) => new() { Data = new ResourceIdentifier { Type = type, Id = id } };

    protected static ToManyRelationship Many(string type, params string[] ids) =>
        new() { Data = ids.Select(id => new ResourceIdentifier { Type = type, Id = id }).ToList() };

    /// <summary>Options pointing at <paramref name="server"/>; quick retries so a stray transient failure costs milliseconds.</summary>
    internal static FitbitPlusClientOptions OptionsFor(FitbitPlusMockServer server) => new()
    {
        BaseAddress = server.BaseAddress,
        ClientId = server.ClientId,
        ClientSecret = server.ClientSecret,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        RetryTotalTimeout = TimeSpan.FromSeconds(20),
    };

    [OneTimeSetUp]
    public async Task StartMockAndClient()
    {
        Server = FitbitPlusMockServer.Start(MockOptions);
        Client = new FitbitPlusClient(OptionsFor(Server));
        Scope = await Client.GetCredentialsScopeAsync();
    }

    [OneTimeTearDown]
    public void StopMockAndClient()
    {
        Client?.Dispose();
        Server?.Dispose();
    }

    /// <summary>A seeded resource's attribute as the mock stores it (the expected value of an assertion).</summary>
    protected string? StoredAttribute(string type, string id, string attribute) =>
        Server.Store.Find(type, id)?["attributes"]?[attribute]?.ToString();

    /// <summary>The ids a seeded resource's relationship points at, as the mock stores them.</summary>
    protected IReadOnlyList<string> StoredRelationshipIds(string type, string id, string relationship)
    {
        var data = Server.Store.Find(type, id)?["relationships"]?[relationship]?["data"];
        return data switch
        {
            Newtonsoft.Json.Linq.JArray many => many.Select(i => i.Value<string>("id")!).ToList(),
            Newtonsoft.Json.Linq.JObject one => [one.Value<string>("id")!],
            _ => [],
        };
    }
}
