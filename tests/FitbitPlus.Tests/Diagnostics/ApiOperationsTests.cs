using FitbitPlus.Diagnostics;

namespace FitbitPlus.Tests.Diagnostics;

public class ApiOperationsTests
{
    private static readonly Uri Base = new("https://api.example.test/pub/");

    [TestCase("GET", "patient/abc-123", "fetchPatient", null)]
    [TestCase("GET", "patient?page[limit]=5&filter[organization]=o1", "fetchPatients", "patient")]
    [TestCase("GET", "patient/abc/groups", "fetchPatientGroups", "patient.groups")]
    [TestCase("POST", "oauth/token", "createToken", null)]
    public void Match_SpecPath_OperationIdAndCollection(string method, string path, string operationId, string? collection)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(Base, path));

        Assert.That(ApiOperations.Match(request, Base), Is.EqualTo(new ApiOperation(operationId, collection)));
    }

    [TestCase("GET", "https://other.example.test/pub/patient")]
    [TestCase("GET", "https://api.example.test/pub/no-such-thing/x/y/z")]
    [TestCase("DELETE", "https://api.example.test/pub/oauth/token")]
    public void Match_NotASpecOperation_Null(string method, string uri) =>
        Assert.That(ApiOperations.Match(new HttpRequestMessage(new HttpMethod(method), uri), Base), Is.Null);

    [Test]
    public void RequestId_BodyWithMetaAfterData_ReadsReqId() =>
        Assert.That(ResponseRequestId.FromBody("{\"data\":[{\"id\":\"x\",\"meta\":{\"req_id\":\"inner\"}}],\"meta\":{\"count\":1,\"req_id\":\"r-9\"}}"u8), Is.EqualTo("r-9"));

    [TestCase("not json")]
    [TestCase("{\"meta\":{\"req_id\":5}}")]
    [TestCase("[1,2]")]
    public void RequestId_NoStringReqId_Null(string body) =>
        Assert.That(ResponseRequestId.FromBody(System.Text.Encoding.UTF8.GetBytes(body)), Is.Null);
}
