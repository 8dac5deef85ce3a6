using FitbitPlus.Paging;
using FitbitPlus.Sync;

namespace FitbitPlus.Tests.Sync;

public class DateTimeRangeTests
{
    private static readonly DateTimeOffset NovemberNewYork = new(2017, 11, 1, 0, 0, 0, TimeSpan.FromHours(-4));
    private static readonly DateTimeOffset DecemberNewYork = new(2017, 12, 1, 0, 0, 0, TimeSpan.FromHours(-5));

    [Test]
    public void Format_BothEndsWithOffsets_TheSpecsExampleText() =>
        Assert.That(new DateTimeRange(NovemberNewYork, DecemberNewYork).ToString(), Is.EqualTo("2017-11-01T00:00:00-04:00..2017-12-01T00:00:00-05:00"));

    [Test]
    public void Format_OpenEnds_ExplicitEpochStartAndFarFutureEnd()
    {
        Assert.That(DateTimeRange.From(NovemberNewYork).Format(), Is.EqualTo("2017-11-01T00:00:00-04:00..9999-12-31T23:59:59+00:00"));
        Assert.That(DateTimeRange.Before(new DateTimeOffset(2026, 12, 1, 10, 0, 0, 123, TimeSpan.Zero)).Format(), Is.EqualTo("1970-01-01T00:00:00+00:00..2026-12-01T10:00:00.123+00:00"));
    }

    [TestCase("2017-11-01T00:00:00-04:00..2017-12-01T00:00:00-05:00")]
    [TestCase("2026-12-01T10:00:00.1234567+00:00..9999-12-31T23:59:59+00:00")]
    [TestCase("1970-01-01T00:00:00+00:00..2026-12-01T23:30:00+05:30")]
    public void Parse_WhatFormatWrites_RoundTripsTextAndInstants(string text)
    {
        var range = DateTimeRange.Parse(text);

        Assert.That(range.Format(), Is.EqualTo(text));
        Assert.That(DateTimeRange.Parse(range.Format()), Is.EqualTo(range));
    }

    [Test]
    public void Parse_ZuluAndNoOffset_BothUtc()
    {
        var range = DateTimeRange.Parse("2026-12-01T10:00:00Z..2026-12-01T11:00:00");

        Assert.That(range.Start, Is.EqualTo(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero)));
        Assert.That(range.End!.Value.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(range.End, Is.EqualTo(new DateTimeOffset(2026, 12, 1, 11, 0, 0, TimeSpan.Zero)));
    }

    [TestCase("")]
    [TestCase("..")]
    [TestCase("2026-12-01T10:00:00Z")]
    [TestCase("yesterday..today")]
    [TestCase("12/01/2026..")]
    [TestCase("2026-12-02T00:00:00Z..2026-12-01T00:00:00Z")]
    [TestCase("2026-12-01T00:00:00Z..2026-12-02T00:00:00Z..2026-12-03T00:00:00Z")]
    public void Parse_NotARange_FormatExceptionAndTryParseFalse(string text)
    {
        Assert.Throws<FormatException>(() => DateTimeRange.Parse(text));
        Assert.That(DateTimeRange.TryParse(text, out var range), Is.False);
        Assert.That(range, Is.Null);
    }

    [Test]
    public void Constructor_NoEndOrReversed_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => _ = new DateTimeRange(null, null));
        Assert.Throws<ArgumentException>(() => _ = new DateTimeRange(DecemberNewYork, NovemberNewYork));
    }

    [Test]
    public void Contains_StartInclusiveEndExclusive()
    {
        var range = new DateTimeRange(NovemberNewYork, DecemberNewYork);

        Assert.That(range.Contains(NovemberNewYork), Is.True);
        Assert.That(range.Contains(NovemberNewYork.ToUniversalTime()), Is.True, "same instant, other offset");
        Assert.That(range.Contains(DecemberNewYork), Is.False);
        Assert.That(range.Contains(DecemberNewYork.AddTicks(-1)), Is.True);
        Assert.That(new DateTimeRange(NovemberNewYork, NovemberNewYork).IsEmpty, Is.True);
    }

    [Test]
    public void UpdatedIn_OnACollectionQuery_SetsTheFilterAndEscapesThePlusOfTheOffset()
    {
        var query = new CollectionQuery { Include = "owner" }.UpdatedIn(new DateTimeRange(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1)), null));
        query.CreatedIn(DateTimeRange.Before(NovemberNewYork));

        var uri = query.ToRelativeUri(CollectionCatalog.Find("calendar_event")).ToString();

        Assert.That(query.Filters["filter[updated_at]"], Is.EqualTo("2026-12-01T10:00:00+01:00..9999-12-31T23:59:59+00:00"));
        Assert.That(uri, Does.Contain("filter%5Bupdated_at%5D=2026-12-01T10%3A00%3A00%2B01%3A00.."));
        Assert.That(Uri.UnescapeDataString(uri), Does.Contain("filter[created_at]=1970-01-01T00:00:00+00:00..2017-11-01T00:00:00-04:00"));
    }
}
