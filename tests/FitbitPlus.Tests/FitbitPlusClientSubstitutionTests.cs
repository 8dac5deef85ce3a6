using System.Reflection;
using FitbitPlus.Models;
using NSubstitute;

namespace FitbitPlus.Tests;

/// <summary>A consumer's unit test can replace <see cref="FitbitPlusClient"/> with a mocking library or a hand-written subclass.</summary>
public class FitbitPlusClientSubstitutionTests
{
    [Test]
    public async Task Substitute_GetCredentialsScopeAsync_ReturnsWhatTheTestConfigured()
    {
        var client = Substitute.For<FitbitPlusClient>();
        client.GetCredentialsScopeAsync(Arg.Any<CancellationToken>()).Returns(new CredentialsScope("org-7", ["group-1"]));

        var organization = await OrganizationReport.OrganizationOfAsync(client);

        Assert.That(organization, Is.EqualTo("org-7"));
        await client.Received(1).GetCredentialsScopeAsync(Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Substitute_Api_ReturnsTheSubstitutedGeneratedClient()
    {
        var api = Substitute.For<IFitbitPlusApiClient>();
        api.FetchPatientAsync("p-1", Arg.Any<string?>(), Arg.Any<CancellationToken>())
            .Returns(new FetchPatientResponse { Data = new PatientResource { Id = "p-1", Type = "patient" } });
        var client = Substitute.For<FitbitPlusClient>();
        client.Api.Returns(api);

        var patient = await client.Api.FetchPatientAsync("p-1");

        Assert.That(patient.Data.Id, Is.EqualTo("p-1"));
    }

    [Test]
    public void Subclass_MemberNotOverridden_ThrowsInvalidOperationExceptionNamingMocking()
    {
        using var client = new ScopeOnlyClient();

        var ex = Assert.Throws<InvalidOperationException>(() => _ = client.Api);

        Assert.That(ex!.Message, Does.Contain("mocking"));
        Assert.That(client.GetCredentialsScopeAsync().Result.OrganizationId, Is.EqualTo("org-fixed"));
    }

    [Test]
    public void PublicInstanceMembers_OfTheClient_AreVirtualSoAnyMockingLibraryCanReplaceThem()
    {
        var members = typeof(FitbitPlusClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name != nameof(IDisposable.Dispose));

        Assert.That(members.Where(m => !m.IsVirtual).Select(m => m.Name), Is.Empty);
        Assert.That(typeof(FitbitPlusClient).IsSealed, Is.False);
        Assert.That(typeof(FitbitPlusClient).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes)?.IsFamily, Is.True);
    }

    /// <summary>Code under test in a consumer's application.</summary>
    private static class OrganizationReport
    {
        public static async Task<string?> OrganizationOfAsync(FitbitPlusClient client) =>
            (await client.GetCredentialsScopeAsync()).OrganizationId;
    }

    private sealed class ScopeOnlyClient : FitbitPlusClient
    {
        public override Task<CredentialsScope> GetCredentialsScopeAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(new CredentialsScope("org-fixed", []));
    }
}
