using FitbitPlus.Models;
using FitbitPlus.JsonApi;
using FitbitPlus.Paging;

namespace FitbitPlus.Tests.Integration;

/// <summary>Patients through <see cref="FitbitPlusClient"/>: create, fetch, list, partial update and upsert by identifier.</summary>
public class PatientFacadeTests : FacadeFixture
{
    [Test]
    public async Task Patient_CreateFetchListPatchUpsert_EveryStepSeesThePreviousOne()
    {
        var group = Scope.GroupIds[1];
        var before = Server.Store.Count("patient");
        var created = await Client.Api.CreatePatientAsync(new CreatePatientRequest
        {
            Data = new PatientCreateResource
            {
                Type = "patient",
                Attributes = new PatientCreateAttributes
                {
                    FirstName = "Ada",
                    LastName = "Okafor",
                    Note = "Referred by Dr. Lee",
                    BirthDate = new DateTimeOffset(1975, 4, 12, 0, 0, 0, TimeSpan.Zero),
                    Identifiers = [new PatientIdentifier { System = "IntegrationEHR", Value = "INT-42", Unique = true }],
                },
                Relationships = new PatientCreateRelationships { Groups = Many("group", group) },
            },
        });
        var id = created.Data.Id!;

        var fetched = await Client.Api.FetchPatientAsync(id);
        var byIdentifier = await AsyncCollect.ListAsync(Client.Patients.ListAsync(organization: Scope.OrganizationId, identifierSystem: "IntegrationEHR", identifierValue: "INT-42"));
        var patched = await Client.PatchAsync<UpdatePatientResponse>(
            JsonApiPatch.For<PatientAttributes>("patient", id).Set(a => a.LastName, "Okafor-Lee").Set(a => a.Note, null));
        var upserted = await Client.Api.UpsertPatientAsync(Upsert("IntegrationEHR", "INT-42", "Adaeze"));
        var afterUpsert = await Client.Api.FetchPatientAsync(id);
        var groups = await Client.Api.FetchPatientGroupsAsync(id);

        Assert.That(fetched.Data.Id, Is.EqualTo(id));
        Assert.That(fetched.Data.Attributes.FirstName, Is.EqualTo("Ada"));
        Assert.That(fetched.Data.Attributes.BirthDate?.Date, Is.EqualTo(new DateTime(1975, 4, 12)));
        Assert.That(fetched.Data.Relationships!.Groups.Data!.Select(g => g.Id), Is.EqualTo(new[] { group }));
        Assert.That(byIdentifier.Select(p => p.Id), Is.EqualTo(new[] { id }));
        Assert.That(patched.Data.Attributes.LastName, Is.EqualTo("Okafor-Lee"));
        Assert.That(patched.Data.Attributes.Note, Is.Null, "an explicit null clears the attribute");
        Assert.That(patched.Data.Attributes.FirstName, Is.EqualTo("Ada"), "PATCH keeps what it does not name");
        Assert.That(upserted.Data.Id, Is.EqualTo(id), "the upsert found the patient by its identifier");
        Assert.That(afterUpsert.Data.Attributes.FirstName, Is.EqualTo("Adaeze"));
        Assert.That(afterUpsert.Data.Attributes.LastName, Is.EqualTo("Okafor-Lee"));
        Assert.That(groups.Data.Select(g => g.Id), Is.EqualTo(new[] { group }));
        Assert.That(Server.Store.Count("patient"), Is.EqualTo(before + 1), "the upsert updated, it did not create");
    }

    [Test]
    public async Task UpsertPatientAsync_UnknownIdentifier_CreatesAPatientInTheQueryGroups()
    {
        var before = Server.Store.Count("patient");

        var created = await Client.Api.UpsertPatientAsync(Upsert("IntegrationEHR", "NEW-7", "Noor"));
        var fetched = await Client.Api.FetchPatientAsync(created.Data.Id!);

        Assert.That(created.Data.Id, Is.Not.AnyOf(Server.Store.PatientIds.ToArray()));
        Assert.That(fetched.Data.Attributes.FirstName, Is.EqualTo("Noor"));
        Assert.That(fetched.Data.Attributes.Identifiers!.Select(i => $"{i.System}|{i.Value}"), Does.Contain("IntegrationEHR|NEW-7"));
        Assert.That(fetched.Data.Relationships!.Groups.Data!.Select(g => g.Id), Is.EqualTo(new[] { Scope.GroupIds[0] }));
        Assert.That(Server.Store.Count("patient"), Is.EqualTo(before + 1));
    }

    [Test]
    public async Task ListAsync_PatientsOfOneGroupInPagesOf5_ExactlyTheSeededMembersInCreationOrder()
    {
        var group = Scope.GroupIds[0];
        // Seeded patient i is in group i % 3, and also in group (i + 1) % 3 when i % 4 == 3.
        var expected = Server.Store.PatientIds.Where((_, i) => i % 3 == 0 || (i % 4 == 3 && (i + 1) % 3 == 0)).ToList();
        var pager = Client.Patients.ListAsync(groups: group, paging: new PagingOptions { Limit = 5 });

        var listed = await AsyncCollect.ListAsync(pager);

        Assert.That(listed.Select(p => p.Id).Take(expected.Count), Is.EqualTo(expected));
        Assert.That(listed.Skip(expected.Count).Select(p => p.Id), Is.All.Not.AnyOf(Server.Store.PatientIds.ToArray()), "only patients created by other tests follow");
        Assert.That(pager.LastReport!.IsComplete, Is.True, pager.LastReport.ToString());
        Assert.That(pager.LastReport.Yielded, Is.EqualTo(listed.Count));
        Assert.That(await Client.CountAsync("patient", Query("groups", group)), Is.EqualTo(listed.Count));
    }

    private static CollectionQuery Query(string filter, string value)
    {
        var query = new CollectionQuery();
        query.Filters[filter] = value;
        return query;
    }

    private UpsertPatientRequest Upsert(string system, string value, string firstName) => new()
    {
        Meta = new UpsertPatientRequestMeta
        {
            Query = new UpsertPatientRequestMetaQuery
            {
                Identifier = new UpsertPatientRequestMetaQueryIdentifier { System = system, Value = value },
                Groups = [Scope.GroupIds[0]],
            },
        },
        Data = new PatientResource { Type = "patient", Attributes = new PatientAttributes { FirstName = firstName } },
    };
}
