using FitbitPlus.Mock.Store;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Paging;

/// <summary>One page of a filtered, ordered collection and the links that go with it.</summary>
/// <param name="Items">The resources of the page.</param>
/// <param name="Count">All matching resources (<c>meta.count</c>).</param>
/// <param name="Links">The <c>links</c> object.</param>
internal sealed record Page(IReadOnlyList<StoredResource> Items, int Count, JObject Links);
