using System.Net;
using System.Reflection;
using FitbitPlus.Models;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.Http;

public class ApiErrorTests
{
    private ClientHarness _harness = null!;

    [SetUp]
    public async Task SetUp() => _harness = new ClientHarness();

    [TearDown]
    public async Task TearDown() => _harness.Dispose();

    [TestCase("""{"data":[}""", "FetchPatientsResponse")]
    [TestCase("""{"data":[{"type":"patient","id":"1","attributes":{"first_""", "FetchPatientsResponse")]
    [TestCase("", "empty")]
    [TestCase("null", "literal null")]
    public async Task Api_Ok_WithBrokenJsonBody_ThrowsFitbitPlusExceptionNamingRequestAndDocument(string body, string expected)
    {
        _harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, body));
        using var client = _harness.CreateClient();

        var ex = (await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync()))!;

        Assert.Multiple(() =>
        {
            Assert.That(ex.GetType(), Is.EqualTo(typeof(FitbitPlusException)));
            Assert.That(ex.Message, Does.Contain("GET /pub/patient").And.Contain(expected));
            Assert.That(ex.StatusCode, Is.Null, "no exception reports a success status");
            Assert.That(ex.Message, Does.Contain("HTTP 200 (OK)"), "the message still names the status");
        });
        if (body.Length > 4)
        {
            Assert.That(ex.BodyExcerpt, Is.EqualTo(body));
        }
    }

    [TestCase("""{"data":[{"type":"patient","id":"1","attributes":{"birth_date":"1980-05-17T00:00:00.000Z"}}]}""")]
    [TestCase("""{"data":[{"type":"patient","id":"1","attributes":{"archived":"perhaps"}}]}""")]
    public async Task Api_Ok_WithUnreadableValue_ThrowsFitbitPlusExceptionNotFormatException(string body)
    {
        _harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, body));
        using var client = _harness.CreateClient();

        var ex = (await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync()))!;

        Assert.That(ex.Message, Does.Contain("GET /pub/patient").And.Contain("FetchPatientsResponse"));
        Assert.That(ex.StatusCode, Is.Null, "no exception reports a success status");
        Assert.That(ex.BodyExcerpt, Is.EqualTo(body));
    }

    [Test]
    public async Task Api_Ok_WithHtmlBody_ThrowsFitbitPlusExceptionNamingContentType()
    {
        _harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, "<html>maintenance</html>", "text/html"));
        using var client = _harness.CreateClient();

        var ex = (await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync()))!;

        Assert.That(ex.Message, Does.Contain("text/html").And.Contain("GET /pub/patient"));
        Assert.That(ex.BodyExcerpt, Does.Contain("maintenance"));
    }

    [Test]
    public async Task Api_BadGatewayWithHtmlBody_ThrowsFitbitPlusExceptionAfterRetries()
    {
        _harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.BadGateway, "<html>bad gateway</html>", "text/html"));
        using var client = _harness.CreateClient(o => o.MaxRetryAttempts = 1);

        var ex = (await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync()))!;

        Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(ex.Message, Does.Contain("text/html"));
        Assert.That(_harness.ApiRequests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Api_ConflictErrorDocument_ThrowsFitbitPlusExceptionWithApiErrors()
    {
        _harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.ErrorResponse(HttpStatusCode.BadRequest, "InvalidParameter", "req-400"));
        using var client = _harness.CreateClient();

        var ex = (await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync()))!;

        Assert.That(ex.ErrorCode, Is.EqualTo("InvalidParameter"));
        Assert.That(ex.RequestId, Is.EqualTo("req-400"));
    }

    [Test]
    public async Task Api_UndeclaredSuccessStatus_ThrowsFitbitPlusException()
    {
        _harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.Accepted, ClientHarness.EmptyPatients));
        using var client = _harness.CreateClient();

        var ex = (await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync()))!;

        Assert.That(ex.Message, Does.Contain("HTTP 202").And.Contain("not expected"));
    }

    [Test]
    public async Task Api_EveryOperationWithMalformedBody_ThrowsFitbitPlusExceptionNeverApiException()
    {
        _harness.Mock.When("*").Respond(_ => ClientHarness.Json(HttpStatusCode.OK, "{ not json"));
        using var client = _harness.CreateClient();
        var operations = typeof(IFitbitPlusApiClient).GetMethods()
            .Where(m => m.ReturnType.IsGenericType && m.Name != nameof(IFitbitPlusApiClient.CreateTokenAsync)).ToList();
        Assert.That(operations, Has.Count.GreaterThan(40));

        foreach (var operation in operations)
        {
            var task = (Task)operation.Invoke(client.Api, operation.GetParameters().Select(ArgumentFor).ToArray())!;
            var thrown = await CatchAsync(task);
            Assert.That(thrown, Is.TypeOf<FitbitPlusException>(), operation.Name);
        }
    }

    private static async Task<Exception?> CatchAsync(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private static object? ArgumentFor(ParameterInfo parameter) =>
        parameter.ParameterType == typeof(string) ? "x"
        : parameter.ParameterType == typeof(CancellationToken) ? CancellationToken.None
        : parameter.ParameterType.IsClass && parameter.ParameterType.Namespace == "FitbitPlus.Models" ? Activator.CreateInstance(parameter.ParameterType)
        : parameter.HasDefaultValue ? parameter.DefaultValue
        : null;
}
