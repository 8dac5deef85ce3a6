namespace FitbitPlus.Paging;

/// <summary>Lets a <see cref="PagedItem{TResource}"/> compute its continuation token only when asked.</summary>
internal interface IResumablePage
{
    string? TokenAfter(int index);
}
