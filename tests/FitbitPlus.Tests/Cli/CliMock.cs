using FitbitPlus.Mock;

namespace FitbitPlus.Tests.Cli;

/// <summary>One mock server for every CLI fixture (started once for the namespace), with a secret no other test uses.</summary>
[SetUpFixture]
public sealed class CliMock
{
    public const int Patients = 120;
    public const string Secret = "cli-secret-5b1f0c2e";

    private static FitbitPlusMockServer? _server;

    public static FitbitPlusMockServer Server => _server ?? throw new InvalidOperationException("The CLI mock is not running.");

    /// <summary>The target options for the mock, followed by <paramref name="args"/>.</summary>
    public static string[] Args(params string[] args) =>
        [.. args, "--base-url", Server.BaseAddress.ToString(), "--client-id", Server.ClientId, "--client-secret", Secret];

    [OneTimeSetUp]
    public void StartMock() =>
        _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = Patients, ClientSecret = Secret });

    [OneTimeTearDown]
    public void StopMock() => _server?.Dispose();
}
