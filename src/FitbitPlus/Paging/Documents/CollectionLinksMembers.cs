using FitbitPlus.Models;

namespace FitbitPlus.Paging;

/// <summary>Stores a page's <c>links</c> members as either page reader meets them (the Newtonsoft and the raw one).</summary>
internal static class CollectionLinksMembers
{
    /// <summary>Sets the link named <paramref name="member"/>; members other than self, first, prev, next and last are ignored.</summary>
    public static void Set(CollectionLinks links, string? member, string? value)
    {
        switch (member)
        {
            case "self": links.Self = value; break;
            case "first": links.First = value; break;
            case "prev": links.Prev = value; break;
            case "next": links.Next = value; break;
            case "last": links.Last = value; break;
        }
    }
}
