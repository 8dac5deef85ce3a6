using FitbitPlus.Paging;

namespace FitbitPlus.Tests.Paging;

public class ResumeTests
{
    private static readonly PagingOptions TwoPerPage = new() { Limit = 2 };

    [Test]
    public async Task Resume_FromPageToken_YieldsExactlyTheRemainingResources()
    {
        using var http = PageBodies.Client(PageBodies.ThreeCursorPages());
        var full = await PageBodies.IdsOf(PageBodies.Patients(http, TwoPerPage));

        var firstRun = new List<string>();
        string? token = null;
        await foreach (var page in PageBodies.Patients(http, TwoPerPage).AsPagesAsync())
        {
            firstRun.AddRange(page.Resources.Select(r => r.Id!));
            token = page.ContinuationToken;
            break; // the job stops after the first page
        }

        var resumed = PageBodies.Patients(http, TwoPerPage with { ContinuationToken = token });
        var secondRun = await PageBodies.IdsOf(resumed);

        Assert.That(firstRun.Concat(secondRun), Is.EqualTo(full));
        Assert.That(resumed.LastReport!.Yielded, Is.EqualTo(5), "counts carry over the resume");
        Assert.That(resumed.LastReport.IsComplete, Is.True);
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    public async Task Resume_FromItemTokenMidPage_NoDuplicateNoGap(int stopAfter)
    {
        using var http = PageBodies.Client(PageBodies.ThreeCursorPages());
        var full = await PageBodies.IdsOf(PageBodies.Patients(http, TwoPerPage));

        var firstRun = new List<string>();
        string? token = null;
        await foreach (var item in PageBodies.Patients(http, TwoPerPage).AsResumableItemsAsync())
        {
            firstRun.Add(item.Resource.Id!);
            if (firstRun.Count == stopAfter)
            {
                token = item.ContinuationToken;
                break;
            }
        }

        var secondRun = await PageBodies.IdsOf(PageBodies.Patients(http, TwoPerPage with { ContinuationToken = token }));

        Assert.That(firstRun.Concat(secondRun), Is.EqualTo(full));
    }

    [Test]
    public async Task ContinuationToken_OfLastResource_IsNull()
    {
        using var http = PageBodies.Client(PageBodies.ThreeCursorPages());
        string? last = "unset";
        await foreach (var item in PageBodies.Patients(http, TwoPerPage).AsResumableItemsAsync())
        {
            last = item.ContinuationToken;
        }

        Assert.That(last, Is.Null);
    }

    [Test]
    public async Task Resume_TokenOfAnotherCollection_ArgumentException()
    {
        using var http = PageBodies.Client(PageBodies.ThreeCursorPages());
        string? token = null;
        await foreach (var page in PageBodies.Patients(http, TwoPerPage).AsPagesAsync())
        {
            token = page.ContinuationToken;
            break;
        }

        var coaches = Pagers.FromQuery<Models.FetchCoachesResponse, Models.CoachResource>(
            () => http, "coach", new CollectionQuery(), TwoPerPage with { ContinuationToken = token });

        var ex = await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var _ in coaches)
            {
            }
        });
        Assert.That(ex!.Message, Does.Contain("/pub/patient"));
    }

    [TestCase("not a token")]
    [TestCase("eyJ2Ijo5fQ")]
    public async Task Resume_GarbageToken_ArgumentException(string token)
    {
        using var http = PageBodies.Client(PageBodies.ThreeCursorPages());

        await Assert.ThrowsAsync<ArgumentException>(() => PageBodies.IdsOf(PageBodies.Patients(http, TwoPerPage with { ContinuationToken = token })));
    }
}
