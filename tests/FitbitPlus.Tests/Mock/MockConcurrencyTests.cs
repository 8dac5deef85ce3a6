using System.Collections.Concurrent;
using FitbitPlus.Mock;

namespace FitbitPlus.Tests.Mock;

public class MockConcurrencyTests
{
    [Test]
    public async Task EightConcurrentWriters_ForTwoSeconds_LoseNoWriteAndNeverAnswer500()
    {
        using var server = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = 10 });
        using var client = await MockHttp.AuthorizedClientAsync(server);
        var before = server.Store.Count("patient_health_metric");
        var patient = server.Store.PatientIds[0];
        var created = new ConcurrentBag<string>();
        var failures = new ConcurrentBag<string>();
        var deadline = DateTime.UtcNow.AddSeconds(2);

        async Task WriterAsync(int writer)
        {
            for (var i = 0; i < 5000 && DateTime.UtcNow < deadline; i++)
            {
                var body = MockHttp.MetricBody(patient, 100 + writer);
                using var response = await client.PostAsync("patient_health_metric", MockHttp.Body(body));
                if ((int)response.StatusCode == 200)
                {
                    created.Add((await MockHttp.ReadAsync(response))["data"]!.Value<string>("id")!);
                }
                else
                {
                    failures.Add($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }

                // Readers interleave with writers to exercise snapshots under the lock.
                if (i % 5 == 0)
                {
                    using var list = await client.GetAsync($"patient_health_metric?filter[patient]={patient}&page[limit]=5");
                    if (!list.IsSuccessStatusCode)
                    {
                        failures.Add($"list {(int)list.StatusCode}");
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(() => WriterAsync(w))));

        Assert.That(failures, Is.Empty);
        Assert.That(created, Is.Not.Empty);
        Assert.That(created, Is.Unique);
        Assert.That(server.Store.Count("patient_health_metric"), Is.EqualTo(before + created.Count));
        var (_, countOnly) = await MockHttp.GetAsync(client, $"patient_health_metric?filter[patient]={patient}&page[limit]=0");
        Assert.That(countOnly["meta"]!.Value<int>("count"), Is.EqualTo(2 + created.Count));
    }
}
