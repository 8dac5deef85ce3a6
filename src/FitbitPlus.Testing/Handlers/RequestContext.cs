using FitbitPlus.Mock.JsonApi;
using FitbitPlus.Mock.Routing;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.Handlers;

/// <summary>Everything a handler needs about the current request.</summary>
/// <param name="Request">The request.</param>
/// <param name="Match">The matched route and id.</param>
/// <param name="RequestId">The <c>meta.req_id</c> of the answer.</param>
/// <param name="Body">The parsed JSON body of writes, else null.</param>
internal sealed record RequestContext(MockRequest Request, RouteMatch Match, string RequestId, JObject? Body)
{
    /// <summary>The matched route.</summary>
    public RouteDefinition Route => Match.Route;

    /// <summary>The <c>{id}</c> of the path.</summary>
    public string Id => Match.Id ?? throw new InvalidOperationException("Route has no id.");
}
