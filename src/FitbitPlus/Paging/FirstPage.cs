using FitbitPlus.Generated;

namespace FitbitPlus.Paging;

/// <summary>Calls one GET collection operation of <paramref name="api"/> to describe a collection's first request.</summary>
/// <typeparam name="TDocument">The operation's collection document.</typeparam>
/// <param name="api">A client that records the request instead of sending it.</param>
/// <param name="page">The paging values to pass through (<c>pageLimit: page.Limit</c>, ...).</param>
/// <param name="cancellationToken">Pass to the operation.</param>
public delegate Task<TDocument> FirstPage<TDocument>(IFitbitPlusApiClient api, PageRequest page, CancellationToken cancellationToken);
