using FitbitPlus;
using FitbitPlus.Mock;
using FitbitPlus.Paging;

public class PatientCountTests
{
    private FitbitPlusMockServer _mock = null!;

    [OneTimeSetUp] public void StartMock() => _mock = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 30 });
    [OneTimeTearDown] public void StopMock() => _mock.Dispose();

    [Test]
    public async Task CountAsync_ServerUnavailableTwice_StillCountsEveryPatient()
    {
        _mock.Faults.FailNext(2, MockFaultKind.ServiceUnavailable);
        using var client = new FitbitPlusClient(new FitbitPlusClientOptions
        {
            BaseAddress = _mock.BaseAddress, ClientId = _mock.ClientId, ClientSecret = _mock.ClientSecret,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        });

        var organization = new CollectionQuery { Filters = { ["organization"] = _mock.Store.OrganizationId } };

        var count = await client.CountAsync("patient", organization);

        Assert.That(count, Is.EqualTo(_mock.Store.Count("patient")));
        Assert.That(_mock.Faults.InjectedCount, Is.EqualTo(2));
    }
}
