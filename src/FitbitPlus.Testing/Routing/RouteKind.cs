namespace FitbitPlus.Mock.Routing;

/// <summary>The generic handler a route row is served by.</summary>
internal enum RouteKind
{
    /// <summary>POST /oauth/token.</summary>
    Token,

    /// <summary>GET a collection with filters, paging and includes.</summary>
    List,

    /// <summary>GET one resource by id.</summary>
    Fetch,

    /// <summary>POST a new resource.</summary>
    Create,

    /// <summary>PATCH an existing resource.</summary>
    Update,

    /// <summary>PUT a patient matched by identifier (create or update).</summary>
    Upsert,

    /// <summary>DELETE a resource.</summary>
    Delete,

    /// <summary>GET the resources a relationship of a parent points to, as a paged collection.</summary>
    RelatedCollection,

    /// <summary>GET the single resource a to-one relationship of a parent points to.</summary>
    RelatedSingle,
}
