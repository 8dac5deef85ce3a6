using System.Net.Http.Headers;
using System.Text;
using FitbitPlus.Mock;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Mock;

/// <summary>Plain-HTTP helpers for talking to a running <see cref="FitbitPlusMockServer"/>.</summary>
internal static class MockHttp
{
    public const string JsonApi = "application/vnd.api+json";

    public static HttpClient Client(FitbitPlusMockServer server) => new() { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };

    public static StringContent Body(string json, string mediaType = JsonApi)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    public static string ClientCredentialsBody(FitbitPlusMockServer server, string? secret = null) =>
        new JObject
        {
            ["data"] = new JObject
            {
                ["type"] = "token",
                ["attributes"] = new JObject
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = server.ClientId,
                    ["client_secret"] = secret ?? server.ClientSecret,
                },
            },
        }.ToString();

    public static string MetricBody(string patientId, int value) =>
        new JObject
        {
            ["data"] = new JObject
            {
                ["type"] = "patient_health_metric",
                ["attributes"] = new JObject { ["type"] = "weight", ["value"] = value, ["unit"] = "lb", ["occurred_at"] = "2025-01-01T00:00:00Z" },
                ["relationships"] = new JObject { ["patient"] = new JObject { ["data"] = new JObject { ["type"] = "patient", ["id"] = patientId } } },
            },
        }.ToString();

    /// <summary>Requests a token and returns the whole token resource.</summary>
    public static async Task<JObject> TokenAsync(FitbitPlusMockServer server)
    {
        using var client = Client(server);
        using var response = await client.PostAsync("oauth/token", Body(ClientCredentialsBody(server)));
        var document = await ReadAsync(response);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), document.ToString());
        return (JObject)document["data"]!;
    }

    /// <summary>An HTTP client with a fresh bearer token.</summary>
    public static async Task<HttpClient> AuthorizedClientAsync(FitbitPlusMockServer server)
    {
        var token = await TokenAsync(server);
        var client = Client(server);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["attributes"]!.Value<string>("access_token"));
        return client;
    }

    public static async Task<JObject> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JObject.Parse(text);
    }

    public static async Task<(int Status, JObject Document)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return ((int)response.StatusCode, await ReadAsync(response));
    }

    /// <summary>The first error object of an error document.</summary>
    public static JObject FirstError(JObject document) => (JObject)document["errors"]![0]!;
}
