using FitbitPlus.Mock;
using FitbitPlus.Tests.Cli;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Integration;

/// <summary>The main job against a mock whose token names the organization and groups, and one whose token names only groups (the publisher's example).</summary>
[TestFixture(TokenScopeShape.Organization)]
[TestFixture(TokenScopeShape.GroupsOnly)]
public sealed class TokenScopeShapeCliTests
{
    private const int Patients = 40;
    private const string Secret = "shape-secret-8d2a";
    private readonly TokenScopeShape _shape;
    private FitbitPlusMockServer _server = null!;

    public TokenScopeShapeCliTests(TokenScopeShape shape) => _shape = shape;

    [OneTimeSetUp]
    public void StartMock() =>
        _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = Patients, ClientSecret = Secret, TokenScopeShape = _shape });

    [OneTimeTearDown]
    public void StopMock() => _server.Dispose();

    [Test]
    public async Task ExportPatient_EitherTokenShape_ExportsEveryPatient()
    {
        var run = (await CliRun.RunAsync(Args("export", "patient"))).AssertNotShown(Secret);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.StdoutLines.Select(l => (string?)JObject.Parse(l)["id"]), Is.EquivalentTo(_server.Store.PatientIds));
        Assert.That(run.Stderr, Does.Contain($"exported {Patients} of {Patients} patient"));
    }

    [Test]
    public async Task CountPatient_EitherTokenShape_PrintsThePatientCount()
    {
        var run = (await CliRun.RunAsync(Args("count", "patient"))).AssertNotShown(Secret);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout.Trim(), Is.EqualTo(Patients.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task GetPatient_EitherTokenShape_PrintsThePatient()
    {
        var id = _server.Store.PatientIds[5];

        var run = (await CliRun.RunAsync(Args("get", "patient", id))).AssertNotShown(Secret);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Does.Contain(id));
    }

    [Test]
    public async Task GetCredentialsScope_EitherTokenShape_NamesGroupsAndTheOrganizationOnlyWhenSent()
    {
        using var client = new FitbitPlusClient(new FitbitPlusClientOptions { BaseAddress = _server.BaseAddress, ClientId = _server.ClientId, ClientSecret = Secret });

        var scope = await client.GetCredentialsScopeAsync();

        Assert.That(scope.GroupIds, Is.EquivalentTo(_server.Store.GroupIds));
        Assert.That(scope.OrganizationId, Is.EqualTo(_shape == TokenScopeShape.Organization ? _server.Store.OrganizationId : null));
    }

    private string[] Args(params string[] args) =>
        [.. args, "--base-url", _server.BaseAddress.ToString(), "--client-id", _server.ClientId, "--client-secret", Secret];
}
