using System.Net.Http.Headers;
using System.Text;
using FitbitPlus.Mock;
using FitbitPlus.Mock.Spec;
using FitbitPlus.Tests.Support;

namespace FitbitPlus.Tests.Mock.Contract;

/// <summary>
/// Every operation of spec/fitbit-plus.yaml, against the mock: a valid request answers a declared 2xx whose body
/// follows the operation's schema for that status, and an invalid one answers its declared error status with the
/// error schema. Operations come from the spec, so a new one is covered without editing this test.
/// </summary>
public class MockContractTests
{
    private static readonly ApiSpec Spec = ApiSpec.Parse(File.ReadAllText(RepositoryPaths.Spec));
    private FitbitPlusMockServer _server = null!;
    private HttpClient _anonymous = null!;
    private string _bearer = null!;
    private ContractRequests _requests = null!;
    private ContractSchemas _schemas = null!;

    public static IEnumerable<TestCaseData> Operations() =>
        Spec.Operations.Select(o => new TestCaseData(o.OperationId).SetName($"Contract_{o.OperationId}_AnswersFollowTheSpec"));

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 5 });
        _anonymous = MockHttp.Client(_server);
        var token = await MockHttp.TokenAsync(_server);
        _bearer = token["attributes"]!.Value<string>("access_token")!;
        _requests = new ContractRequests(_server, Spec, token.Value<string>("id")!);
        _schemas = ContractSchemas.For(Spec);
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        _anonymous.Dispose();
        _server.Dispose();
    }

    [Test]
    public void Operations_AreTheSpecsOperations() =>
        Assert.That(Operations().Count(), Is.EqualTo(Spec.Operations.Count).And.GreaterThan(60));

    [Test]
    public void Schemas_AnswerThatLeavesItsSchema_IsReported()
    {
        var problems = _schemas.Validate("FetchPatientResponse", """{"data":{"type":"patient","id":7,"attributes":"none"}}""");

        Assert.That(problems, Is.Not.Empty);
    }

    [TestCaseSource(nameof(Operations))]
    public async Task Contract(string operationId)
    {
        var operation = Spec.Operations.Single(o => o.OperationId == operationId);
        var invalid = _requests.Invalid(operation);

        // The invalid request first: a valid DELETE would remove the resource the invalid one needs to exist.
        if (invalid is { } bad)
        {
            var (status, body) = await SendAsync(bad.Request);
            Assert.That(status, Is.EqualTo(bad.Status), $"{operationId}: {bad.Request.Method} {bad.Request.Url} answered {status}: {body}");
            AssertFollowsSchema(operation, status, body);
        }

        var tried = new List<string>();
        foreach (var request in _requests.Valid(operation))
        {
            var (status, body) = await SendAsync(request);
            if (status is >= 200 and < 300)
            {
                Assert.That(operation.Statuses, Does.Contain(status), $"{operationId}: {status} is not a declared status");
                AssertFollowsSchema(operation, status, body);
                return;
            }

            tried.Add($"{request.Method} {request.Url} -> {status} {body}");
        }

        Assert.Fail($"{operationId}: no valid request was answered 2xx:\n" + string.Join("\n", tried.Take(5)));
    }

    private void AssertFollowsSchema(SpecOperation operation, int status, string body)
    {
        var reference = operation.Responses.Where(r => r.Status == status).Select(r => r.Response["schema"]?.Value<string>("$ref")).FirstOrDefault();
        if (reference is null)
        {
            Assert.That(body, Is.Empty, $"{operation.OperationId}: {status} declares no body");
            return;
        }

        var problems = _schemas.Validate(reference.Split('/')[^1], body);
        Assert.That(problems, Is.Empty, $"{operation.OperationId}: the {status} answer leaves {reference}: {body}");
    }

    private async Task<(int Status, string Body)> SendAsync(ContractRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        if (request.Authorized)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _bearer);
        }

        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.api+json");
        }

        using var response = await _anonymous.SendAsync(message);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
