using FitbitPlus.DependencyInjection;
using FitbitPlus.Mock;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitbitPlus.Tests.DependencyInjection;

/// <summary>Several configurations in one container (one per organization), against two mock servers with different credentials.</summary>
public class NamedClientTests
{
    private FitbitPlusMockServer _north = null!;
    private FitbitPlusMockServer _south = null!;

    [OneTimeSetUp]
    public void StartMocks()
    {
        _north = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 3, ClientId = "north-id", ClientSecret = "north-secret" });
        _south = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 5, ClientId = "south-id", ClientSecret = "south-secret" });
    }

    [OneTimeTearDown]
    public void StopMocks()
    {
        _north?.Dispose();
        _south?.Dispose();
    }

    [Test]
    public async Task CreateClient_TwoNamedRegistrations_EachTalksToItsOwnServerWithItsOwnCredentials()
    {
        var services = new ServiceCollection();
        services.AddFitbitPlus("north", o => Point(o, _north));
        services.AddFitbitPlus("south", o => Point(o, _south));
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IFitbitPlusClientFactory>();

        var north = await PatientsAsync(factory.CreateClient("north"));
        var south = await PatientsAsync(factory.CreateClient("south"));

        Assert.That((north, south), Is.EqualTo((3, 5)));
        var first = factory.CreateClient("north");
        Assert.That(factory.CreateClient("north"), Is.SameAs(first));
        Assert.That(factory.CreateClient("north"), Is.Not.SameAs(factory.CreateClient("south")));
        Assert.That(provider.GetService<FitbitPlusClient>(), Is.Null, "no default client was registered");
    }

    [Test]
    public async Task AddFitbitPlus_DefaultAndNamed_InjectedClientIsTheDefaultOne()
    {
        var services = new ServiceCollection();
        services.AddFitbitPlus(o => Point(o, _north));
        services.AddFitbitPlus("south", o => Point(o, _south));
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IFitbitPlusClientFactory>();

        var injected = provider.GetRequiredService<FitbitPlusClient>();

        Assert.That(injected, Is.SameAs(factory.CreateClient(Options.DefaultName)));
        Assert.That(await PatientsAsync(injected), Is.EqualTo(3));
        Assert.That(await PatientsAsync(factory.CreateClient("south")), Is.EqualTo(5));
    }

    [Test]
    public void AddFitbitPlus_SameNameTwice_ThrowsInsteadOfMerging()
    {
        var services = new ServiceCollection();
        services.AddFitbitPlus("north", o => Point(o, _north));

        var ex = Assert.Throws<InvalidOperationException>(() => services.AddFitbitPlus("north", o => Point(o, _south)));

        Assert.That(ex!.Message, Does.Contain("'north'").And.Contain("already registered"));
    }

    [Test]
    public void AddFitbitPlus_DefaultTwice_ThrowsInsteadOfMerging()
    {
        var services = new ServiceCollection();
        services.AddFitbitPlus(o => Point(o, _north));

        var ex = Assert.Throws<InvalidOperationException>(() => services.AddFitbitPlus(o => Point(o, _south)));

        Assert.That(ex!.Message, Does.Contain("default FitbitPlus client is already registered"));
    }

    [Test]
    public void CreateClient_UnknownName_ThrowsNamingTheRegisteredOnes()
    {
        var services = new ServiceCollection();
        services.AddFitbitPlus("north", o => Point(o, _north));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IFitbitPlusClientFactory>().CreateClient("west"));

        Assert.That(ex!.Message, Does.Contain("'west'").And.Contain("'north'"));
    }

    [Test]
    public void StartupValidation_InvalidNamedOptions_NamesTheClientAndTheOption()
    {
        var services = new ServiceCollection();
        services.AddFitbitPlus("north", o => Point(o, _north));
        services.AddFitbitPlus("south", o => o.ClientId = "only-an-id");
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(ex!.Message, Does.Contain("FitbitPlus client 'south'").And.Contain("FitbitPlusClientOptions.ClientSecret"));
        Assert.That(ex.Message, Does.Not.Contain("'north'"));
    }

    /// <summary>Counts the patients of the organization the client's credentials belong to.</summary>
    private static async Task<int> PatientsAsync(FitbitPlusClient client)
    {
        var query = new FitbitPlus.Paging.CollectionQuery();
        query.Filters["organization"] = (await client.GetCredentialsScopeAsync()).OrganizationId!;
        return await client.CountAsync("patient", query);
    }

    private static void Point(FitbitPlusClientOptions options, FitbitPlusMockServer server)
    {
        options.BaseAddress = server.BaseAddress;
        options.ClientId = server.ClientId;
        options.ClientSecret = server.ClientSecret;
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
    }
}
