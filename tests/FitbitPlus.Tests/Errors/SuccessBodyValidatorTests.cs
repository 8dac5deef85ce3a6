using System.Net;
using FitbitPlus.Errors;

namespace FitbitPlus.Tests.Errors;

/// <summary>The single-resource 2xx check the generated GET path can call (issue 14, finding 5).</summary>
public class SuccessBodyValidatorTests
{
    [TestCase("{}", "no 'data' member")]
    [TestCase("""{"meta":{}}""", "no 'data' member")]
    [TestCase("""{"data":null}""", "'data' is null")]
    [TestCase("""{"data":{}}""", "not a resource object")]
    [TestCase("""{"data":{"type":"patient"}}""", "not a resource object")]
    [TestCase("""{"data":{"type":"patient","id":{"x":1}}}""", "not a resource object")]
    [TestCase("""{"data":[]}""", "JSON Array")]
    [TestCase("[]", "JSON Array, not a JSON:API document")]
    [TestCase("{\"data\":", "not valid JSON")]
    public void ThrowIfNotResourceDocument_UnusableDocument_FitbitPlusExceptionNamingTheProblem(string body, string expected)
    {
        var ex = Assert.Throws<FitbitPlusException>(() => SuccessBodyValidator.ThrowIfNotResourceDocument(body, "GET /pub/patient/p1", HttpStatusCode.OK));

        Assert.That(ex!.Message, Does.Contain("GET /pub/patient/p1").And.Contain("HTTP 200").And.Contain(expected));
        Assert.That(ex.StatusCode, Is.Null, "no exception reports a success status");
        Assert.That(ex.BodyExcerpt, Is.EqualTo(body));
    }

    [Test]
    public void ThrowIfNotResourceDocument_ErrorsOnly_CarriesTheErrors()
    {
        const string body = """{"errors":[{"status":"404","code":"NotFound","title":"Not found","detail":"patient p1","source":{"parameter":"id"}}],"meta":{"req_id":"r-9"}}""";

        var ex = Assert.Throws<FitbitPlusException>(() => SuccessBodyValidator.ThrowIfNotResourceDocument(body, "GET /pub/patient/p1", HttpStatusCode.OK));

        Assert.That(ex!.Errors, Is.EqualTo(new[] { new ApiError("404", "NotFound", "Not found", "patient p1", null, "id") }));
        Assert.That(ex.RequestId, Is.EqualTo("r-9"));
        Assert.That(ex.Message, Does.Contain("NotFound: patient p1 [id]").And.Contain("req_id r-9"));
    }

    [Test]
    public void ThrowIfNotResourceDocument_ErrorsNextToData_CarriesTheErrors()
    {
        const string body = """{"data":{"type":"patient","id":"p1"},"errors":[{"code":"Partial"}]}""";

        var ex = Assert.Throws<FitbitPlusException>(() => SuccessBodyValidator.ThrowIfNotResourceDocument(body, "GET /pub/patient/p1", HttpStatusCode.OK));

        Assert.That(ex!.ErrorCode, Is.EqualTo("Partial"));
    }

    [TestCase("""{"data":{"type":"patient","id":"p1","attributes":{}}}""")]
    [TestCase("""{"data":{"type":"patient","id":"p1"},"errors":[]}""")]
    public void ThrowIfNotResourceDocument_ResourceDocument_Passes(string body) =>
        Assert.DoesNotThrow(() => SuccessBodyValidator.ThrowIfNotResourceDocument(body, "GET /pub/patient/p1", HttpStatusCode.OK));
}
