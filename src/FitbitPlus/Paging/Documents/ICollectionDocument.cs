using FitbitPlus.Models;

namespace FitbitPlus.Paging;

/// <summary>
/// A JSON:API collection document (the response of a GET collection operation): every generated
/// <c>Fetch…sResponse</c> implements it, so one paging engine serves every collection.
/// </summary>
/// <typeparam name="TResource">The generated resource class of <c>data</c>.</typeparam>
public interface ICollectionDocument<TResource>
{
    /// <summary>The page's primary resources (<c>data</c>).</summary>
    ICollection<TResource>? Data { get; }

    /// <summary>The page's <c>meta</c> (request id and, on the first page, the collection's <c>count</c>).</summary>
    FetchMeta? Meta { get; }

    /// <summary>
    /// The page's <c>included</c> resources; <see langword="null"/> for documents whose operation takes no <c>include</c>.
    /// </summary>
    // A default member: generated documents that declare "included" implement it with their own property.
    ICollection<Resource>? Included => null;
}
