using System.Net;
using System.Text;
using FitbitPlus.Authentication;
using FitbitPlus.Tests.Http;

namespace FitbitPlus.Tests.Authentication;

public class TokenRequestTests
{
    [Test]
    public async Task TokenRequest_ClientCredentials_SendsExactJsonApiBodyWithoutCharset()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        using var client = harness.CreateClient();

        await client.Api.FetchPatientsAsync();

        var token = harness.TokenRequests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(token.Method, Is.EqualTo(HttpMethod.Post));
            Assert.That(token.Uri.AbsolutePath, Is.EqualTo("/pub/oauth/token"));
            Assert.That(token.Uri.Query, Is.EqualTo("?include=groups,organization"));
            Assert.That(token.ContentType, Is.EqualTo("application/vnd.api+json"));
            Assert.That(token.Authorization, Is.Null);
            Assert.That(token.Body, Is.EqualTo(Encoding.UTF8.GetBytes(
                """{"data":{"type":"token","attributes":{"grant_type":"client_credentials","client_id":"client-id-123","client_secret":"client-secret-Zq81-never-log-me"}}}""")));
        });
    }

    [Test]
    public async Task Api_AfterTokenObtained_SendsBearerToken()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients));
        using var client = harness.CreateClient();

        await client.Api.FetchPatientsAsync();

        Assert.That(harness.ApiRequests.Single().Authorization, Is.EqualTo("Bearer access-1"));
    }

    [Test]
    public async Task TokenEndpoint_InvalidCredentials_ThrowsAuthenticationExceptionWithCodeStatusAndRequestId()
    {
        using var harness = new ClientHarness();
        harness.TokenResponder = (_, _) => Task.FromResult(ClientHarness.ErrorResponse(HttpStatusCode.Unauthorized, "InvalidCredentials", "req-777"));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusAuthenticationException>(() => client.Api.FetchPatientsAsync());

        Assert.Multiple(() =>
        {
            Assert.That(ex!.ErrorCode, Is.EqualTo("InvalidCredentials"));
            Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(ex.RequestId, Is.EqualTo("req-777"));
            Assert.That(ex.Message, Does.Contain("InvalidCredentials").And.Contain("client_credentials"));
            Assert.That(harness.ApiRequests, Is.Empty);
        });
    }

    [TestCase("""{"data":{"type":"token","id":"t","attributes":{"refresh_token":"r","token_type":"bearer","expires_in":60}}}""", "access_token is missing")]
    [TestCase("""{"data":{"type":"token","id":"t","attributes":{"access_token":"a","token_type":"bearer"}}}""", "expires_in is missing")]
    [TestCase("""{"data":{"type":"token","id":"t","attributes":{"access_token":"a","token_type":"mac","expires_in":60}}}""", "not 'bearer'")]
    [TestCase("""{"data":{"type":"token","id":"t"}}""", "no data.attributes")]
    [TestCase("""{"data":{"type":"token","attributes":{"access_token":"a""", "not valid JSON")]
    public async Task TokenEndpoint_UnusableTokenDocument_ThrowsAuthenticationExceptionNamingTheProblem(string body, string problem)
    {
        using var harness = new ClientHarness();
        harness.TokenResponder = (_, _) => Task.FromResult(ClientHarness.Json(HttpStatusCode.Created, body));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusAuthenticationException>(() => client.GetCredentialsScopeAsync());

        Assert.That(ex!.Message, Does.Contain(problem).And.Contain("answered HTTP 201"));
        Assert.That(ex.StatusCode, Is.Null, "a success status is not reported as the failure's status");
    }

    /// <summary>Issue 20, finding 2: every other operation refuses a 2xx carrying errors; so does the token endpoint.</summary>
    [Test]
    public async Task TokenEndpoint_SuccessCarryingErrors_ThrowsAuthenticationExceptionWithTheErrors()
    {
        using var harness = new ClientHarness();
        var body = ClientHarness.TokenDocument("zzq-access-with-errors", "zzq-refresh-with-errors", 3600)
            .Replace(",\"meta\":", ",\"errors\":[{\"status\":\"409\",\"code\":\"TokenConflict\",\"detail\":\"not for zzq-access-with-errors\"}],\"meta\":");
        harness.TokenResponder = (_, _) => Task.FromResult(ClientHarness.Json(HttpStatusCode.Created, body));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusAuthenticationException>(() => client.Api.FetchPatientsAsync());

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Does.Contain("answered HTTP 201").And.Contain("errors").And.Contain("TokenConflict"));
            Assert.That(ex.ErrorCode, Is.EqualTo("TokenConflict"));
            Assert.That(ex.RequestId, Is.EqualTo("req-token"));
            Assert.That(ex.StatusCode, Is.Null, "a success status is not reported as the failure's status");
            Assert.That(ex.ToString() + ex.BodyExcerpt + ex.Errors.Single().Detail, Does.Not.Contain("zzq"), "the refused document's tokens are not shown");
            Assert.That(harness.ApiRequests, Is.Empty);
        });
    }

    [Test]
    public async Task TokenEndpoint_HtmlSuccess_ThrowsAuthenticationExceptionNamingContentType()
    {
        using var harness = new ClientHarness();
        harness.TokenResponder = (_, _) => Task.FromResult(ClientHarness.Json(HttpStatusCode.Created, "<html>proxy login</html>", "text/html"));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusAuthenticationException>(() => client.GetCredentialsScopeAsync());

        Assert.That(ex!.Message, Does.Contain("text/html"));
    }

    [Test]
    public async Task TokenEndpoint_503ThenCreated_IsRetried()
    {
        using var harness = new ClientHarness();
        harness.TokenResponder = (_, n) => Task.FromResult(n == 1
            ? ClientHarness.ErrorResponse(HttpStatusCode.ServiceUnavailable, "Unavailable")
            : ClientHarness.TokenResponse("access-2", "refresh-2", 3600));
        using var client = harness.CreateClient();

        var scope = await client.GetCredentialsScopeAsync();

        Assert.That(scope.OrganizationId, Is.EqualTo("org-42"));
        Assert.That(harness.TokenRequests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task GetCredentialsScope_TokenWithRelationships_ReturnsOrganizationAndGroups()
    {
        using var harness = new ClientHarness();
        harness.TokenResponder = (_, _) => Task.FromResult(ClientHarness.TokenResponse("a", "r", 3600, "org-9", "grp-1", "grp-2"));
        using var client = harness.CreateClient();

        var scope = await client.GetCredentialsScopeAsync();

        Assert.That(scope.OrganizationId, Is.EqualTo("org-9"));
        Assert.That(scope.GroupIds, Is.EqualTo(new[] { "grp-1", "grp-2" }));
    }

    [Test]
    public async Task GetCredentialsScope_OnlyIncludedResources_ReadsThem()
    {
        using var harness = new ClientHarness();
        harness.TokenResponder = (_, _) => Task.FromResult(ClientHarness.Json(HttpStatusCode.Created,
            """{"data":{"type":"token","id":"t","attributes":{"access_token":"a","refresh_token":"r","token_type":"bearer","expires_in":3600}},"included":[{"type":"organization","id":"org-5"},{"type":"group","id":"g-1"}]}"""));
        using var client = harness.CreateClient();

        var scope = await client.GetCredentialsScopeAsync();

        Assert.That(scope.OrganizationId, Is.EqualTo("org-5"));
        Assert.That(scope.GroupIds, Is.EqualTo(new[] { "g-1" }));
    }

    [Test]
    public async Task GetCredentialsScope_PublisherExampleWithGroupsOnly_ReturnsGroupsAndNoOrganization()
    {
        // The shape of the publisher's createToken example answer: data.relationships.groups, no organization.
        using var harness = new ClientHarness();
        harness.TokenResponder = (_, _) => Task.FromResult(ClientHarness.Json(HttpStatusCode.Created,
            """{"meta":{"req_id":"r"},"data":{"type":"oauth/token","id":"t","attributes":{"access_token":"a","refresh_token":"r","token_type":"bearer","expires_in":3601},"relationships":{"groups":{"data":[{"type":"group","id":"g-1"},{"type":"group","id":"g-2"}],"links":{"related":"/pub/oauth/token/t/groups"}}}}}"""));
        using var client = harness.CreateClient();

        var scope = await client.GetCredentialsScopeAsync();

        Assert.That(scope.OrganizationId, Is.Null);
        Assert.That(scope.GroupIds, Is.EqualTo(new[] { "g-1", "g-2" }));
        Assert.That(scope.IsEmpty, Is.False);
        Assert.That(scope.ToString(), Is.EqualTo("no organization, groups [g-1, g-2]"));
    }

    [Test]
    public async Task GetCredentialsScope_TokenNamesNeitherOrganizationNorGroups_ReturnsEmptyScope()
    {
        using var harness = new ClientHarness();
        harness.TokenResponder = (_, _) => Task.FromResult(ClientHarness.TokenResponse("a", "r", 3600, organization: null));
        using var client = harness.CreateClient();

        var scope = await client.GetCredentialsScopeAsync();

        Assert.That(scope.IsEmpty, Is.True);
        Assert.That(scope.OrganizationId, Is.Null);
        Assert.That(scope.GroupIds, Is.Empty);
    }
}
