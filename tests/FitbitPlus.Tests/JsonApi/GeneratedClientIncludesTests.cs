using FitbitPlus.Models;
using FitbitPlus.JsonApi;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.JsonApi;

/// <summary>End to end through the generated client: its settings keep included resources faithful.</summary>
public class GeneratedClientIncludesTests
{
    [Test]
    public async Task FetchCalendarEvents_WithIncludeOwner_IncludedPatientKeepsDateOffset()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Get, "https://api.example.test/pub/calendar_event")
            .WithQueryString("include", "owner")
            .Respond("application/vnd.api+json", JsonApiDocuments.CalendarEventsWithOwners);
        using var http = new HttpClient(mock) { BaseAddress = new Uri("https://api.example.test/pub/") };
        var api = new FitbitPlusApiClient(http);

        var page = await api.FetchCalendarEventsAsync(include: "owner");
        var includes = IncludedResources.From(page.Included, "owner");
        var owner = includes.GetOne<PatientResource>(page.Data!.First().Relationships?.Owner);

        Assert.That(owner.Value!.Attributes!.UpdatedAt!.Value.Offset, Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(owner.Value.Attributes.UpdatedAt, Is.EqualTo(DateTimeOffset.Parse("2024-02-28T08:15:00+01:00")));
        Assert.That(includes.GetOne<object>(page.Data!.ElementAt(2).Relationships?.Owner).State, Is.EqualTo(RelationshipState.Null));
    }
}
