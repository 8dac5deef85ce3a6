using FitbitPlus.Cli.Get;
using FitbitPlus.Mock;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Cli.Get;

/// <summary><c>get</c> prints what the API sent, not what our types declare, and reaches types without a typed fetch.</summary>
public sealed class CliGetRawTests
{
    private const string Secret = "get-raw-secret-41c7";
    private FitbitPlusMockServer _server = null!;

    [OneTimeSetUp]
    public void StartMock() => _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 3, ClientSecret = Secret });

    [OneTimeTearDown]
    public void StopMock() => _server.Dispose();

    [Test]
    public async Task Get_ResourceWithMembersOutsideTheSpec_PrintsThemAll()
    {
        var id = _server.Store.PatientIds[0];
        _server.Store.Resources.Replace("patient", id, r =>
        {
            var copy = r.Copy();
            copy["attributes"]!["created_by"] = "coach-1";
            copy["attributes"]!["addresses"]![0]!["_id"] = "addr-1";
            copy["meta"] = new JObject { ["audit"] = "kept" };
            return copy;
        }, DateTimeOffset.UtcNow);

        var run = (await CliRun.RunAsync(Args("get", "patient", id))).AssertNotShown(Secret);

        var resource = JObject.Parse(run.Stdout);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That((string?)resource["attributes"]?["created_by"], Is.EqualTo("coach-1"));
        Assert.That((string?)resource["attributes"]?["addresses"]?[0]?["_id"], Is.EqualTo("addr-1"));
        Assert.That((string?)resource["meta"]?["audit"], Is.EqualTo("kept"));
    }

    [Test]
    public async Task Get_TypeWithoutATypedFetch_SendsGetTypeSlashId()
    {
        // The mock has no such route, so its 404 shows the request went to GET widget/w1 rather than failing as a usage error.
        var run = (await CliRun.RunAsync(Args("get", "widget", "w1"))).AssertNotShown(Secret);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Stderr, Does.Contain("widget/w1"));
    }

    [Test]
    public void Find_TypeWithoutATypedFetch_FallsBackToItsNameAsPath()
    {
        var operation = SingleResourceOperations.Find("calendar_event_response");

        Assert.That(operation.Path, Is.EqualTo("calendar_event_response"));
        Assert.That(operation.TakesInclude, Is.Null);
    }

    [Test]
    public void Find_KnownTypes_AreReadFromTheGeneratedClient()
    {
        Assert.That(SingleResourceOperations.KnownNames.Split(", "), Does.Contain("patient").And.Contain("organization").And.Contain("result"));
        Assert.That(SingleResourceOperations.Find("patient_health_result").Path, Is.EqualTo("result"));
        Assert.That(SingleResourceOperations.Find("health_profile").TakesInclude, Is.True);
    }

    private string[] Args(params string[] args) =>
        [.. args, "--base-url", _server.BaseAddress.ToString(), "--client-id", _server.ClientId, "--client-secret", Secret];
}
