using FitbitPlus.Models;

namespace FitbitPlus.Paging;

/// <summary>One parsed page as it came from the server, before resume offsets and bookkeeping.</summary>
internal sealed record FetchedPage<TDocument>(TDocument Document, CollectionLinks Links, Uri RequestUri);
