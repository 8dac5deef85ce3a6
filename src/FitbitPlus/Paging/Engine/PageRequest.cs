namespace FitbitPlus.Paging;

/// <summary>
/// The paging values for the first request of a collection (<see cref="PagingQuery.WithPaging"/>): the members of the
/// strategy not in use are <see langword="null"/>, so the strategies never mix.
/// </summary>
/// <param name="Limit"><c>page[limit]</c>: page size for cursor paging, or <see langword="null"/>.</param>
/// <param name="After"><c>page[after]</c>: the cursor; always <see langword="null"/> on a first request.</param>
/// <param name="Size"><c>page[size]</c>: page size for skip paging, or <see langword="null"/>.</param>
/// <param name="Number"><c>page[number]</c>: the 1-based page number for skip paging, or <see langword="null"/>.</param>
internal readonly record struct PageRequest(int? Limit, string? After, int? Size, int? Number);
