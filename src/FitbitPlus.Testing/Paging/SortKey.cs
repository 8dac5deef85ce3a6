namespace FitbitPlus.Mock.Paging;

/// <summary>Position of a resource in a list's stable order: a primary key (0 for creation order) and the creation sequence.</summary>
internal readonly record struct SortKey(long Primary, long Sequence) : IComparable<SortKey>
{
    /// <inheritdoc />
    public int CompareTo(SortKey other)
    {
        var primary = Primary.CompareTo(other.Primary);
        return primary != 0 ? primary : Sequence.CompareTo(other.Sequence);
    }
}
