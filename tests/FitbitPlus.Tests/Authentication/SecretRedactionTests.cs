using FitbitPlus.Authentication;
using System.Net;
using FitbitPlus.Tests.Http;
using Microsoft.Extensions.Logging.Testing;

namespace FitbitPlus.Tests.Authentication;

public class SecretRedactionTests
{
    private const string TokenMarker = "TOKVAL";

    [Test]
    public async Task Logs_FullTokenLifecycle_NeverContainSecrets()
    {
        using var harness = new ClientHarness();
        var exceptions = new List<Exception>();
        var refreshRejected = false;
        harness.TokenResponder = (seen, n) =>
        {
            if (n >= 4)
            {
                // A misbehaving server that echoes the credentials back in its error.
                return Task.FromResult(ClientHarness.Json(HttpStatusCode.Unauthorized,
                    "{\"errors\":[{\"code\":\"InvalidCredentials\",\"detail\":\"bad secret " + ClientHarness.ClientSecret + "\"}],\"meta\":{\"req_id\":\"r4\"}}"));
            }

            if (seen.BodyText.Contains("\"refresh_token\"", StringComparison.Ordinal) && !refreshRejected)
            {
                refreshRejected = true;
                return Task.FromResult(ClientHarness.ErrorResponse(HttpStatusCode.Unauthorized, "InvalidGrantType"));
            }

            return Task.FromResult(ClientHarness.TokenResponse($"{TokenMarker}-access-{n}", $"{TokenMarker}-refresh-{n}", 3600));
        };
        var calls = 0;
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => Interlocked.Increment(ref calls) switch
        {
            1 => ClientHarness.ErrorResponse(HttpStatusCode.ServiceUnavailable, "Unavailable"), // retry
            3 => ClientHarness.ErrorResponse(HttpStatusCode.Unauthorized, "Unauthorized"), // 401 → renew
            _ => ClientHarness.Json(HttpStatusCode.OK, ClientHarness.EmptyPatients),
        });
        using var client = harness.CreateClient();

        await client.Api.FetchPatientsAsync(); // acquire (1), 503 + retry
        await client.Api.FetchPatientsAsync(); // 401 → renew: refresh rejected (2) → client_credentials (3)
        harness.Time.Advance(TimeSpan.FromHours(2));
        exceptions.Add((await Assert.ThrowsAsync<FitbitPlusAuthenticationException>(() => client.Api.FetchPatientsAsync()))!); // refresh (4) and client_credentials (5) refused, echoing the secret

        var records = harness.Logs.GetSnapshot();
        Assert.That(records, Has.Count.GreaterThan(5), "the lifecycle should have been logged");
        var texts = records.Select(Describe).Concat(exceptions.Select(e => e.ToString()))
            .Concat(exceptions.OfType<FitbitPlusException>().Select(e => e.BodyExcerpt ?? "")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(texts, Has.None.Contains(ClientHarness.ClientSecret));
            Assert.That(texts, Has.None.Contains(TokenMarker));
            Assert.That(client.ToString(), Does.Not.Contain(TokenMarker));
        });
        Assert.That(harness.TokenRequests, Has.Count.EqualTo(5), "the scenario should have exercised every grant");
    }

    private static string Describe(FakeLogRecord record) =>
        string.Join(" | ", new[] { record.Message, record.Exception?.ToString() ?? "" }
            .Concat(record.StructuredState?.Select(kv => $"{kv.Key}={kv.Value}") ?? []));
}
