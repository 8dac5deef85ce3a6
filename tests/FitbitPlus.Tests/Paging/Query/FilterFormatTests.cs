using FitbitPlus.Paging;

namespace FitbitPlus.Tests.Paging;

public class FilterFormatTests
{
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 8, 30, 0, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset End = new(2024, 3, 31, 23, 59, 59, 500, TimeSpan.Zero);

    [Test]
    public void DateRange_BothSides_IsoWithOffsetsJoinedByTwoDots() =>
        Assert.That(FilterFormat.DateRange(Start, End), Is.EqualTo("2024-03-01T08:30:00+02:00..2024-03-31T23:59:59.5+00:00"));

    [Test]
    public void DateRange_OpenEnd_FarFutureEnd() =>
        Assert.That(FilterFormat.DateRange(Start, null), Is.EqualTo("2024-03-01T08:30:00+02:00..9999-12-31T23:59:59+00:00"));

    [Test]
    public void DateRange_OpenStart_EpochStart() =>
        Assert.That(FilterFormat.DateRange(null, End), Is.EqualTo("1970-01-01T00:00:00+00:00..2024-03-31T23:59:59.5+00:00"));

    [Test]
    public void DateRange_NoSide_ArgumentException() =>
        Assert.Throws<ArgumentException>(() => FilterFormat.DateRange(null, null));

    [Test]
    public void DateRange_StartAfterEnd_ArgumentException() =>
        Assert.Throws<ArgumentException>(() => FilterFormat.DateRange(End, Start));

    [Test]
    public void IdList_SeveralIds_CommaSeparated() =>
        Assert.That(FilterFormat.IdList("g1", "g2", "g3"), Is.EqualTo("g1,g2,g3"));

    [Test]
    public void IdList_IdWithComma_ArgumentExceptionNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => FilterFormat.IdList("g1", "a,b"));
        Assert.That(ex!.Message, Does.Contain("'a,b'"));
    }

    [TestCase("")]
    [TestCase(" ")]
    public void IdList_BlankId_ArgumentException(string id) =>
        Assert.Throws<ArgumentException>(() => FilterFormat.IdList("g1", id));

    [Test]
    public void IdList_Empty_ArgumentException() =>
        Assert.Throws<ArgumentException>(() => FilterFormat.IdList(Array.Empty<string>()));
}
