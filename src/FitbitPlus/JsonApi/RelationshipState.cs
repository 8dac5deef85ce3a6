namespace FitbitPlus.JsonApi;

/// <summary>What a relationship resolved to against a document's <c>included</c> resources.</summary>
public enum RelationshipState
{
    /// <summary>The related resource was found in <c>included</c> and is available as the requested class.</summary>
    Loaded,

    /// <summary>The relationship was not in the request's <c>include</c> list, so the server was not asked to embed it.</summary>
    NotRequested,

    /// <summary>The relationship was requested with <c>include</c>, but the linkage or the resource is absent from the response.</summary>
    Missing,

    /// <summary>The to-one relationship is explicitly empty (<c>"data": null</c>).</summary>
    Null,

    /// <summary>The to-many relationship is explicitly empty (<c>"data": []</c>).</summary>
    Empty,

    /// <summary>The related resource was found, but its <c>type</c> is not convertible to the requested class (for example a coach when a patient was asked for).</summary>
    DifferentType,
}
