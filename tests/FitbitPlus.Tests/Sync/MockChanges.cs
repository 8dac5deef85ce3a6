using System.Net.Http.Headers;
using System.Text;
using FitbitPlus.Mock;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Sync;

/// <summary>Changes made through the client's own pipeline (token, retries) with raw JSON:API bodies, independent of generated names.</summary>
internal static class MockChanges
{
    private const string MediaType = "application/vnd.api+json";

    /// <summary>PATCHes one attribute of a resource and returns the answered resource.</summary>
    public static Task<JObject> PatchAsync(FitbitPlusClient client, string type, string id, string attribute, string value) =>
        SendAsync(client, HttpMethod.Patch, $"{type}/{id}", new JObject
        {
            ["data"] = new JObject { ["type"] = type, ["id"] = id, ["attributes"] = new JObject { [attribute] = value } },
        });

    /// <summary>Creates a patient in a group and returns the answered resource.</summary>
    public static Task<JObject> CreatePatientAsync(FitbitPlusClient client, string groupId, string lastName) =>
        SendAsync(client, HttpMethod.Post, "patient", new JObject
        {
            ["data"] = new JObject
            {
                ["type"] = "patient",
                ["attributes"] = new JObject { ["first_name"] = "Synced", ["last_name"] = lastName },
                ["relationships"] = new JObject { ["groups"] = new JObject { ["data"] = new JArray(new JObject { ["type"] = "group", ["id"] = groupId }) } },
            },
        });

    /// <summary>PATCHes the first names of three seeded patients and creates two patients: the ids of the five changed patients.</summary>
    public static async Task<List<string>> ThreeUpdatesAndTwoCreatesAsync(FitbitPlusClient client, FitbitPlusMockServer server, string tag)
    {
        var ids = new List<string>();
        foreach (var id in server.Store.PatientIds.Skip(3).Take(3))
        {
            ids.Add((string)(await PatchAsync(client, "patient", id, "first_name", "Renamed-" + tag))["id"]!);
        }

        for (var i = 0; i < 2; i++)
        {
            ids.Add((string)(await CreatePatientAsync(client, server.Store.GroupIds[0], $"{tag}-{i}"))["id"]!);
        }

        return ids;
    }

    private static async Task<JObject> SendAsync(FitbitPlusClient client, HttpMethod method, string path, JObject body)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body.ToString(), Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        using var response = await client.HttpClient.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{method} {path}: {(int)response.StatusCode} {text}");
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(text)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        return (JObject)JObject.Load(reader)["data"]!;
    }
}
