using FitbitPlus;
using FitbitPlus.Models;
using FitbitPlus.Paging;
using FitbitPlus.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace FitbitPlus.Samples.Usage;

/// <summary>Every example of the README's "Using the library", in order, against the API at a base address.</summary>
public static class UsageSample
{
    /// <summary>Runs the examples, printing to the console as the README's lines do.</summary>
    public static async Task RunAsync(Uri apiBase, string id, string secret)
    {
        // Create a client.
        var options = new FitbitPlusClientOptions { ClientId = id, ClientSecret = secret };   // BaseAddress: the real API unless set
        options.BaseAddress = apiBase;
        using var client = new FitbitPlusClient(options);
        var org = (await client.GetCredentialsScopeAsync()).OrganizationId;

        // The same through dependency injection.
        var services = new ServiceCollection();
        services.AddFitbitPlus(o => { o.ClientId = id; o.ClientSecret = secret; o.BaseAddress = apiBase; });
        await using (var provider = services.BuildServiceProvider())
        {
            Console.WriteLine($"DI client ready: {provider.GetRequiredService<FitbitPlusClient>() is not null}");
        }

        // List the patients of an organization.
        await foreach (var patient in client.Patients.ListAsync(organization: org))
            Console.WriteLine($"{patient.Id} {patient.Attributes.FirstName}");

        // List plan summaries with their patients.
        await foreach (var page in client.PatientPlanSummaries.ListAsync(organization: org, include: [PatientPlanSummariesInclude.Patient]).AsPagesAsync())
            foreach (var plan in page.Resources)
                Console.WriteLine($"{plan.Id}: {page.Included.Patient(plan).Value?.Attributes.FirstName}");

        // PATCH with an explicit null.
        var eventId = await FirstIdAsync(client.CalendarEvents.ListAsync(organization: org));
        await client.CalendarEvents.PatchAsync(eventId, e => e.Set(a => a.CompletedAt, null));

        // Count with a date-time range.
        var lastRun = DateTimeOffset.UtcNow.AddDays(-1);
        var changed = await client.Patients.ListAsync(organization: org, updatedAt: DateTimeRange.From(lastRun)).CountAsync();
        Console.WriteLine($"{changed} patients changed since {lastRun:o}");

        // Resume an export from a continuation token: stop after three patients, then resume.
        string? saved = null;
        var taken = 0;
        void Save(PatientResource patient, string? token) => (saved, taken) = (token, taken + 1);
        await foreach (var item in client.Patients.ListAsync(organization: org, paging: new PagingOptions { Limit = 2 }).AsResumableItemsAsync())
        {
            Save(item.Resource, item.ContinuationToken);
            if (taken == 3)
            {
                break;
            }
        }

        var paging = new PagingOptions { ContinuationToken = saved };   // null on the first run
        await foreach (var item in client.Patients.ListAsync(organization: org, paging: paging).AsResumableItemsAsync())
            Save(item.Resource, item.ContinuationToken);                // a later run resumes right after this item
        Console.WriteLine($"exported {taken} patients across two runs");

        // Keep a copy in sync: a first run (everything), then a second run from its state.
        SyncState? state = null;
        var copy = new Dictionary<string, PatientResource>();
        void Upsert(PatientResource patient) => copy[patient.Id!] = patient;   // ids of patients are optional in the spec: create and upsert bodies share the class
        for (var runs = 0; runs < 2; runs++)
        {
            var run = client.Patients.SyncAsync(state);                     // state: null on the first run
            await foreach (var patient in run)
                Upsert(patient);
            state = run.NewState ?? state;                                   // set only after a complete run
        }

        Console.WriteLine($"synced {copy.Count} patients, state {(state is null ? "not saved" : "saved")}");

        // Partitioned export: four cursors at once over updated_at windows (Save counts them).
        taken = 0;
        var partitioned = client.Patients.ListPartitionedAsync(organization: org, options: new PartitionedExportOptions { Partitions = 4 });
        await foreach (var patient in partitioned)
            Save(patient, null);                                        // each patient once, in no order across windows
        Console.WriteLine(partitioned.FallbackReason ?? $"{partitioned.Windows.Count} windows, {partitioned.LastReport?.Yielded} patients");

        // Errors.
        try
        {
            await client.Patients.GetAsync("no-such-patient");
        }
        catch (FitbitPlusException ex)
        {
            Console.WriteLine($"{(int?)ex.StatusCode} {ex.ErrorCode} (req_id {ex.RequestId})");
        }
    }

    private static async Task<string> FirstIdAsync(CollectionPager<FetchCalendarEventsResponse, CalendarEventResource> events)
    {
        await foreach (var e in events)
        {
            return e.Id!;
        }

        throw new InvalidOperationException("No calendar event to patch.");
    }
}
