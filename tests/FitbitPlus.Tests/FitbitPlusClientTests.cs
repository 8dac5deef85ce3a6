using System.Net;
using FitbitPlus.Tests.Http;

namespace FitbitPlus.Tests;

public class FitbitPlusClientTests
{
    [TestCase(nameof(FitbitPlusClientOptions.ClientId))]
    [TestCase(nameof(FitbitPlusClientOptions.ClientSecret))]
    public void Constructor_MissingCredential_ThrowsNamingTheOption(string option)
    {
        using var harness = new ClientHarness();
        var options = harness.Options(o =>
        {
            if (option == nameof(FitbitPlusClientOptions.ClientId))
            {
                o.ClientId = " ";
            }
            else
            {
                o.ClientSecret = null;
            }
        });

        var ex = Assert.Throws<ArgumentException>(() => new FitbitPlusClient(options, harness.Transport));

        Assert.That(ex!.Message, Does.Contain($"FitbitPlusClientOptions.{option} is required"));
    }

    [TestCase("http://api.twinehealth.com/pub/", "must use https")]
    [TestCase("ftp://api.example.test/pub/", "must use https")]
    [TestCase("https://user:pw@api.example.test/pub/", "user information")]
    [TestCase("https://api.example.test/pub/?x=1", "query")]
    public void Constructor_UnsafeBaseAddress_ThrowsNamingBaseAddress(string address, string expected)
    {
        using var harness = new ClientHarness();
        var options = harness.Options(o => o.BaseAddress = new Uri(address));

        var ex = Assert.Throws<ArgumentException>(() => new FitbitPlusClient(options, harness.Transport));

        Assert.That(ex!.Message, Does.Contain("FitbitPlusClientOptions.BaseAddress").And.Contain(expected));
        Assert.That(ex.Message, Does.Not.Contain("pw@"));
    }

    [TestCase("http://127.0.0.1:5000/pub/")]
    [TestCase("http://localhost:5000/pub/")]
    [TestCase("http://[::1]:5000/pub/")]
    public void Constructor_HttpLoopbackBaseAddress_IsAllowed(string address)
    {
        using var harness = new ClientHarness();

        Assert.DoesNotThrow(() => new FitbitPlusClient(harness.Options(o => o.BaseAddress = new Uri(address)), harness.Transport).Dispose());
    }

    [Test]
    public void Constructor_OutOfRangeNumbers_ListsEveryBadOption()
    {
        using var harness = new ClientHarness();
        var options = harness.Options(o =>
        {
            o.RefreshMargin = TimeSpan.FromSeconds(-1);
            o.MaxRetryAttempts = -1;
            o.RetryTotalTimeout = TimeSpan.Zero;
        });

        var ex = Assert.Throws<ArgumentException>(() => new FitbitPlusClient(options, harness.Transport));

        Assert.That(ex!.Message, Does.Contain("RefreshMargin").And.Contain("MaxRetryAttempts").And.Contain("RetryTotalTimeout"));
    }

    [Test]
    public async Task Constructor_BaseAddressWithoutTrailingSlash_ResolvesOperationsUnderPub()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        using var client = harness.CreateClient(o => o.BaseAddress = new Uri(ClientHarness.Origin + "/pub"));

        await client.Api.FetchPatientsAsync();

        Assert.That(harness.ApiRequests.Single().Uri.AbsolutePath, Is.EqualTo("/pub/patient"));
        Assert.That(harness.TokenRequests.Single().Uri.AbsolutePath, Is.EqualTo("/pub/oauth/token"));
    }

    [Test]
    public void Options_Defaults_PointAtProductionWithSensibleRetries()
    {
        var options = new FitbitPlusClientOptions();

        Assert.That(options.BaseAddress, Is.EqualTo(new Uri("https://api.twinehealth.com/pub/")));
        Assert.That(options.RefreshMargin, Is.EqualTo(TimeSpan.FromSeconds(60)));
        Assert.That(options.TimeProvider, Is.SameAs(TimeProvider.System));
        Assert.That(options.MaxRetryAttempts, Is.GreaterThan(0));
    }

    [Test]
    public void Options_ToString_NeverShowsTheSecret()
    {
        var options = new FitbitPlusClientOptions { ClientId = "id-1", ClientSecret = "very-secret-value" };

        Assert.That(options.ToString(), Does.Not.Contain("very-secret-value").And.Contain("id-1").And.Contain("***"));
    }

    [Test]
    public async Task Constructor_OptionsChangedAfterwards_ClientKeepsItsCopy()
    {
        using var harness = new ClientHarness();
        var options = harness.Options();
        using var client = new FitbitPlusClient(options, harness.Transport);
        options.ClientSecret = "changed-later";

        await client.GetCredentialsScopeAsync();

        Assert.That(harness.TokenRequests.Single().BodyText, Does.Contain(ClientHarness.ClientSecret));
    }

    [Test]
    public async Task Dispose_CallerSuppliedHandler_StaysUsable()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        new FitbitPlusClient(harness.Options(), harness.Transport).Dispose();

        using var second = new FitbitPlusClient(harness.Options(), harness.Transport);
        await second.Api.FetchPatientsAsync();

        Assert.That(harness.ApiRequests, Has.Count.EqualTo(1));
    }

    [Test]
    public void Constructor_DefaultTransport_CreatesAndDisposesWithoutNetwork()
    {
        var client = new FitbitPlusClient(new FitbitPlusClientOptions { ClientId = "id", ClientSecret = "secret" });

        Assert.That(client.HttpClient.BaseAddress, Is.EqualTo(FitbitPlusClientOptions.DefaultBaseAddress));
        client.Dispose();
    }
}
